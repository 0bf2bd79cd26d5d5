params = {'hostName': '', 'clientSessionId': '', 'scope': 'CG', 'user': '', 'hasRole': ''}
for k, v in params.items():
    print k, repr(v)
