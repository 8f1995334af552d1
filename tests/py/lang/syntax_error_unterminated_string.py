# A string literal that is not closed on its line: "unterminated string literal (detected at line 5)".
greeting = "hello"
print(greeting)

message = "this string never ends
print(message)


print("never printed")
print("really never")
