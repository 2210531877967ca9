print("courier-testserver")
