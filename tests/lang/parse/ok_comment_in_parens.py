x = (
   # comment
   1
)
