print('unclosed

