# Perspective session message handler (Ignition stores only the body; session and payload are in scope)
user = session.props.auth.user.userName or "anonymous"
session.custom.alerts = session.custom.get("alerts", 0) + 1
print "%s: alarm %s on %s (alerts this session: %d)" % (user, payload["alarm"], shifts.current(), session.custom.alerts)
