# A request/response handler (sendRequest / shim request): its return value goes back.
line = payload.get("line", 1)
rate = 12.5 * line
return {"line": line, "rate": rate, "status": "running"}
