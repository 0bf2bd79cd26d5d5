"""How messages move: sendMessage's routing (pure), the session index, sendRequest's handle,
payload rules, the Gateway Network interface and what crosses it (``wire``)."""
