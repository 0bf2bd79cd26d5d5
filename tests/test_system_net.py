"""system.net: HTTP (the legacy functions and 8.1's httpClient) against a real local HTTP server,
sendEmail through a real SMTP server (aiosmtpd), both on loopback; hosts the gateway does not
allow are refused before anything is sent."""
from __future__ import annotations

import inspect

import pytest

import system.net
from netservers import HttpServer, SmtpServer
from systemkit import IGN81, fail_one, leak_probe, run_one

pytest.importorskip("aiosmtpd")


@pytest.fixture(scope="module")
def web():
    server = HttpServer()
    yield server
    server.close()


@pytest.fixture(scope="module")
def smtp():
    server = SmtpServer()
    yield server
    server.close()


def gateway(make_gateway, source: str, *, allow=("127.0.0.1",), semantics="7.9", context="gateway",
            extra: dict | None = None):
    config = {"http": {"allow": list(allow)}, **(extra or {})}
    files = {"X/project.json": IGN81 if semantics == "8.1" else {"ignition": "7.9"},
             f"X/{context}/message/h.py": source, "_gateway/gateway.json": config}
    return make_gateway(files, synchronous=True)


def script(make_gateway, web, source: str, **kwargs) -> list[str]:
    gw = gateway(make_gateway, source.replace("BASE", web.base), **kwargs)
    return run_one(gw).output


def failure(make_gateway, web, source: str, **kwargs) -> str:
    gw = gateway(make_gateway, source.replace("BASE", web.base), **kwargs)
    return fail_one(gw).error


def params(function) -> list[tuple[str, object]]:
    return [(p.name, p.default) for p in inspect.signature(function).parameters.values()]


# -- httpGet ---------------------------------------------------------------------------------

def test_httpget_signature_and_defaults():
    assert params(system.net.httpGet) == [
        ("url", inspect._empty), ("connectTimeout", 10000), ("readTimeout", 60000), ("username", None),
        ("password", None), ("headerValues", None), ("bypassCertValidation", None), ("useCaches", True),
        ("throwOnError", True)]


def test_httpget_returns_the_document_as_a_unicode_string(make_gateway, web):
    output = script(make_gateway, web, """
source = system.net.httpGet("BASE/get?line=3")
print type(source).__name__, system.util.jsonDecode(source)["args"]["line"]
print system.net.httpGet("BASE/latin1") == u"caf\\xe9"
reply = system.net.httpGet("BASE/get", headerValues={"X-Plant": "North"}, readTimeout=5000)
print system.util.jsonDecode(reply)["headers"]["X-Plant"]
print system.net.httpGet("BASE/basic-auth/op/pw", username="op", password="pw")
""")
    assert output == ["unicode 3", "True", "North", '{"authenticated": true, "user": "op"}']


def test_httpget_error_statuses_raise_ioerror_unless_throwonerror_is_false(make_gateway, web):
    output = script(make_gateway, web, """
for path in ["status/500", "status/404"]:
    try:
        system.net.httpGet("BASE/" + path)
    except IOError, e:
        print e
print system.net.httpGet("BASE/status/503", throwOnError=False)
""")
    assert output == [f"httpGet(): java.io.IOException: Server returned HTTP response code: 500 for URL: "
                      f"{web.base}/status/500",
                      f"httpGet(): java.io.FileNotFoundException: {web.base}/status/404",
                      "error 503"]


def test_hosts_not_allowed_are_refused_before_anything_is_sent(make_gateway, web):
    before = len(web.requests)
    output = script(make_gateway, web, """
for url in ["http://10.1.2.3/api", "BASE/get".replace("127.0.0.1", "localhost"), "ftp://127.0.0.1/x",
            "BASE/redirect?to=http://192.168.0.9/"]:
    try:
        system.net.httpGet(url)
        print "REACHED", url
    except IOError, e:
        print e
""")
    assert output[0] == ("httpGet(): host '10.1.2.3:80' is not allowed: add \"10.1.2.3\" or \"10.1.2.3:80\" to "
                         "\"http\": {\"allow\": [...]} in " + output[0].split(" in ", 1)[1])
    assert output[0].endswith("_gateway/gateway.json")
    assert output[1].startswith(f"httpGet(): host 'localhost:{web.port}' is not allowed")
    assert output[2].startswith("httpGet(): 'ftp://127.0.0.1/x' is not an http:// or https:// URL")
    assert output[3].startswith("httpGet(): host '192.168.0.9:80' is not allowed")  # the redirect
    assert len(web.requests) == before + 1  # only the redirecting request reached the server


def test_no_allow_list_means_no_http_at_all(make_gateway, web):
    error = failure(make_gateway, web, 'system.net.httpGet("BASE/get")', allow=())
    assert f"HttpRefused: httpGet(): host '127.0.0.1:{web.port}' is not allowed" in error


def test_an_allow_entry_with_a_port_allows_that_port_only(make_gateway, web):
    output = script(make_gateway, web, """
print len(system.net.httpGet("BASE/get")) > 0
try:
    system.net.httpGet("http://127.0.0.1:1/")
except IOError, e:
    print e
""", allow=(f"127.0.0.1:{web.port}",))
    assert output[0] == "True" and output[1].startswith("httpGet(): host '127.0.0.1:1' is not allowed")


def test_connection_failures_and_timeouts_read_as_javas(make_gateway, web):
    output = script(make_gateway, web, """
try:
    system.net.httpGet("http://127.0.0.1:1/")
except IOError, e:
    print str(e).split(":")[1].strip()
try:
    system.net.httpGet("BASE/slow", readTimeout=100)
except IOError, e:
    print e
""", allow=("127.0.0.1",))
    assert output == ["java.net.ConnectException",
                      f"httpGet(): java.net.SocketTimeoutException: Read timed out: {web.base}/slow"]


# -- httpPost / httpPut / httpDelete ---------------------------------------------------------

def test_httppost_manual_examples_as_written(make_gateway, web):
    """The manual's two examples (system.net.httpPost), with the server's address replaced."""
    output = script(make_gateway, web, """
# This code posts a name (first and last) to the post testing page and returns the resulting page as a string.
page = system.net.httpPost("BASE/post", {"fname":"Billy", "lname":"Bob"})
print system.util.jsonDecode(page)["form"] == {"fname": "Billy", "lname": "Bob"}

# This code sends an XML message to a hypothetical URL.
message = "<MyMessage><MyElement>here is the element</MyElement></MyMessage>"
system.net.httpPost("BASE/anything", "application/xml", message)
""")
    assert output == ["True"]
    method, path, headers, body = web.requests[-1]
    assert (method, path, headers["Content-Type"]) == ("POST", "/anything", "application/xml")
    assert body == b"<MyMessage><MyElement>here is the element</MyElement></MyMessage>"


def test_httppost_keywords_timeouts_and_errors(make_gateway, web):
    output = script(make_gateway, web, """
reply = system.util.jsonDecode(system.net.httpPost("BASE/post", postData='{"a": 1}', contentType="application/json",
                                                   headerValues={"X-Line": "4"}))
print reply["json"]["a"], reply["headers"]["X-Line"], reply["headers"]["Content-Type"]
print system.util.jsonDecode(system.net.httpPost("BASE/post", "raw text"))["data"]
print system.net.httpPost("BASE/status/500", "text/plain", "x", 1000, 1000, None, None, None, True, False)
for call in [lambda: system.net.httpPost("BASE/post"), lambda: system.net.httpPost("BASE/post", "a", "b", nope=1),
             lambda: system.net.httpPost("BASE/status/400", "x")]:
    try:
        call()
    except (TypeError, IOError), e:
        print e
""")
    assert output[:3] == ["1 4 application/json", "raw text", "error 500"]
    assert output[3] == "httpPost(): postData is required"
    assert output[4] == "httpPost() got an unexpected keyword argument 'nope'"
    assert output[5].startswith("httpPost(): java.io.IOException: Server returned HTTP response code: 400")


def test_httpput_and_httpdelete(make_gateway, web):
    assert params(system.net.httpDelete) == [
        ("url", inspect._empty), ("contentType", None), ("connectTimeout", 10000), ("readTimeout", 60000),
        ("username", None), ("password", None), ("headerValues", None), ("bypassCertValidation", True)]
    output = script(make_gateway, web, """
put = system.util.jsonDecode(system.net.httpPut("BASE/anything", "application/json", '{"setpoint": 42}'))
print put["method"], put["json"]["setpoint"], put["headers"]["Content-Type"]
form = system.util.jsonDecode(system.net.httpPut("BASE/anything", {"mode": "auto"}))
print form["form"]["mode"], form["headers"]["Content-Type"]
print system.util.jsonDecode(system.net.httpPut("BASE/anything", putData="x"))["data"]
print system.util.jsonDecode(system.net.httpDelete("BASE/anything?id=7"))["method"]
try:
    system.net.httpDelete("BASE/status/404")
except IOError, e:
    print e
""")
    assert output == ["PUT 42 application/json", "auto application/x-www-form-urlencoded", "x", "DELETE",
                      f"httpDelete(): java.io.FileNotFoundException: {web.base}/status/404"]


# -- httpClient (8.1) --------------------------------------------------------------------------

def test_httpclient_signature_and_defaults():
    assert params(system.net.httpClient) == [
        ("timeout", 60000), ("bypass_cert_validation", True), ("username", None), ("password", None),
        ("proxy", None), ("cookie_policy", "ACCEPT_ORIGINAL_SERVER"), ("redirect_policy", "NORMAL"),
        ("version", "HTTP_2"), ("customizer", None)]


def test_httpclient_manual_examples_as_written(make_gateway, web):
    """The manual's examples (system.net.httpClient), httpbin.org replaced by the local server."""
    output = script(make_gateway, web, """
# Create the JythonHttpClient.
client = system.net.httpClient()

# Sent a GET request.
response = client.get("BASE/get", params={"a": 1, "b": 2})

# Validate the response.
if response.good:
    # Do something with the response
    print response.json['args']['a']

# Send a GET request.
promise = client.getAsync("BASE/get", params={"a": 1, "b": 2})

# Wait for the promise to complete.
response = promise.get()

# Validate the response.
if response.good:
    # Do something with the response
    print response.json['args']['b']
""", semantics="8.1")
    assert output == ["1", "2"]


def test_httpclient_methods_bodies_and_responses(make_gateway, web):
    output = script(make_gateway, web, """
client = system.net.httpClient(timeout=5000)
r = client.post("BASE/post", data={"tank": "T1", "level": 80.5}, headers={"X-Line": "2"})
print r.statusCode, r.good, r.clientError, r.serverError, r.json["json"]["tank"], r.json["headers"]["Content-Type"]
print r.headers["x-shim-test"], r.headers["content-type"], r.url == "BASE/post", r.request.method, r.getStatusCode(), r.isGood()
print client.put("BASE/anything", data="plain").json["data"], client.patch("BASE/anything", data="p").json["method"]
print client.delete("BASE/anything").json["method"], client.head("BASE/get").statusCode, repr(client.head("BASE/get").text)
print client.request("BASE/anything", "OPTIONS").json["method"], client.request("BASE/anything", method="put").json["method"]
bad = client.get("BASE/status/404")
print bad.statusCode, bad.good, bad.clientError, bad.text
print client.get("BASE/status/502").serverError, type(client.get("BASE/latin1").text).__name__, client.get("BASE/latin1").text == u"caf\\xe9"
print client.get("BASE/basic-auth/op/pw", username="op", password="pw").json["user"]
print client.getConnectTimeout(), client.getRedirectPolicy(), client.getVersion()
""", semantics="8.1")
    assert output == [
        "200 True False False T1 application/json",
        "[u'yes'] [u'application/json'] True POST 200 True",
        "plain PATCH",
        "DELETE 200 u''",
        "OPTIONS PUT",
        "404 False True error 404",
        "True unicode True",
        "op",
        "5000 NORMAL HTTP_2",
    ]


def test_httpclient_files_come_from_the_file_sandbox(make_gateway, web):
    gw = gateway(make_gateway, """
system.file.writeFile("batch.csv", "id,qty\\n1,5\\n")
print repr(system.net.httpClient().post("BASE/post", file="batch.csv").json["data"])
try:
    system.net.httpClient().post("BASE/post", file="/etc/passwd")
except IOError, e:
    print e
""".replace("BASE", web.base), semantics="8.1")
    assert run_one(gw).output == ["u'id,qty\\n1,5\\n'",
                                  "post(): '/etc/passwd' is outside shim's file sandbox (the gateway's files folder)"]


def test_httpclient_promises_chain_and_carry_errors(make_gateway, web):
    output = script(make_gateway, web, """
client = system.net.httpClient()
results = []
p = client.getAsync("BASE/get", params={"n": 5}).then(lambda r: int(r.json["args"]["n"]) * 2)
print p.get(5000)
def done(value, error):
    results.append((value.statusCode, error))
client.getAsync("BASE/get").whenComplete(done)
failed = client.getAsync("http://10.9.9.9/").then(lambda r: "never")
try:
    failed.get()
except IOError, e:
    print "error:", e
print client.getAsync("http://10.9.9.9/").handleException(lambda e: "fallback").get()
slow = client.getAsync("BASE/slow")
try:
    slow.get(50)
except IOError, e:
    print e
print slow.get(5000).text, slow.isDone()
import time
for i in range(100):
    if results:
        break
    time.sleep(0.02)
print results
""", semantics="8.1")
    assert output == [
        "10",
        "error: get(): host '10.9.9.9:80' is not allowed: add \"10.9.9.9\" or \"10.9.9.9:80\" to \"http\": "
        "{\"allow\": [...]} in " + output[1].split(" in ", 1)[1],
        "fallback",
        "Promise.get(): java.util.concurrent.TimeoutException after 50 ms",
        "late True",
        "[(200, None)]",
    ]


def test_httpclient_errors(make_gateway, web):
    output = script(make_gateway, web, """
for make in [lambda: system.net.httpClient(redirect_policy="SOMETIMES"), lambda: system.net.httpClient(proxy="p:3128"),
             lambda: system.net.httpClient().getJavaClient(), lambda: system.net.httpClient().get("BASE/get").javaResponse,
             lambda: system.net.httpClient().get("BASE/get", params="a=1"),
             lambda: system.net.httpClient().request("BASE/get", "BREW"),
             lambda: system.net.httpClient().get("BASE/get", timeout=-1),
             lambda: system.net.httpClient().get("BASE/status/200").json]:
    try:
        make()
        print "no error"
    except Exception, e:
        print e
""", semantics="8.1")
    assert output == [
        "httpClient(): redirect_policy must be one of NORMAL, NEVER, ALWAYS, not 'SOMETIMES'",
        "httpClient(): proxy is not emulated by shim (scripts reach allowed hosts directly)",
        "JythonHttpClient.getJavaClient is not emulated by shim (no Java HttpClient behind it)",
        "Response.javaResponse is not emulated by shim (no Java HttpResponse behind it)",
        "get(): params must be a dictionary, not str",
        "request(): method must be one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, TRACE, not 'BREW'",
        "get(): timeout must be a positive number of milliseconds",
        "getJson(): the response body is not JSON (Expecting value: line 1 column 1 (char 0))",
    ]


def test_httpclient_redirect_policy_never_and_cookies(make_gateway, web):
    output = script(make_gateway, web, """
never = system.net.httpClient(redirect_policy="NEVER").get("BASE/redirect?to=BASE/get")
print never.statusCode, never.headers["location"]
print system.net.httpClient().get("BASE/redirect?to=BASE/get").statusCode
""", semantics="8.1")
    assert output == ["302 [u'" + web.base + "/get']", "200"]


def test_httpclient_is_new_in_8(make_gateway, web):
    error = failure(make_gateway, web, "system.net.httpClient()")
    assert "system.net.httpClient is new in Ignition 8" in error


def test_response_objects_do_not_leak_the_host(make_gateway, web):
    output = script(make_gateway, web, 'r = system.net.httpClient().get("BASE/get")' + leak_probe(
        "r._body", 'getattr(r.__class__.__init__, "__globals__")', "r.__dict__", "system.net.httpClient()._client",
        'setattr(r, "statusCode", 1)'), semantics="8.1")
    assert output == ["AttributeRefused"] * 5


# -- host identity, openURL ------------------------------------------------------------------

def test_getexternalipaddress_openurl(make_gateway, web):
    gw = make_gateway({"X/project.json": {"ignition": "7.9"},
                       "X/gateway/message/h.py": "print system.net.getExternalIpAddress(), system.net.getIpAddress()",
                       "X/client/message/h.py": 'system.net.openURL("http://plant/report")',
                       "_gateway/gateway.json": {"ipAddress": "10.0.0.2", "externalIpAddress": "203.0.113.7"}},
                      synchronous=True)
    assert run_one(gw).output == ["203.0.113.7 10.0.0.2"]
    from runtime.backends.ui import ui

    bob = gw.open_client("X")
    run_one(gw, scope="C")
    assert ui(bob).records == [("openURL", "http://plant/report")]


def test_openurl_is_a_client_function(make_gateway, web):
    assert "system.net.openURL exists only in Vision clients" in failure(
        make_gateway, web, 'system.net.openURL("http://x")')


# -- sendEmail -------------------------------------------------------------------------------

def mail_gateway(make_gateway, smtp, source: str, context="gateway"):
    config = {"smtp": {"allow": ["127.0.0.1"],
                       "profiles": {"mySmtpServer": {"host": "127.0.0.1", "port": smtp.port}}}}
    files = {"X/project.json": {"ignition": "7.9"}, f"X/{context}/message/h.py": source.replace("SMTP", f"127.0.0.1:{smtp.port}"),
             "_gateway/gateway.json": config}
    return make_gateway(files, synchronous=True)


def test_sendemail_signature_and_defaults():
    assert params(system.net.sendEmail) == [
        ("smtp", None), ("fromAddr", ""), ("subject", None), ("body", None), ("html", None), ("to", None),
        ("attachmentNames", None), ("attachmentData", None), ("timeout", 300000), ("username", None),
        ("password", None), ("priority", "3"), ("smtpProfile", None), ("cc", None), ("bcc", None),
        ("retries", 0), ("replyTo", None)]


def test_sendemail_manual_examples_as_written(make_gateway, smtp):
    """The manual's three examples (system.net.sendEmail), the mail server's address replaced."""
    smtp.messages.clear()
    gw = mail_gateway(make_gateway, smtp, '''
# This code would send a simple plain-text email to a single recipient, with no attachments
body = "Hello, this is an email."
recipients = ["bobby@mycompany.com"]
system.net.sendEmail("SMTP",
    "myemail@mycompany.com", "Here is the email!", body, 0, recipients)

# This code would send an HTML-formatted email to multiple recipients (including cc and bcc)
body = "<HTML><BODY><H1>This is a big header</H1>"
body += "And this text is <font color='red'>red</font></BODY></HTML>"
recipients = ["bobby@mycompany.com", "sally@mycompany.com"]
cc_recipients = ["mary@mycompany.com"]
bcc_recipients = ["john@mycompany.com"]
smtp_server = "mySmtpServer"
system.net.sendEmail(smtpProfile=smtp_server, fromAddr="myemail@mycompany.com", subject="Here is the email!",
    body=body, html=1, to=recipients, cc=cc_recipients, bcc=bcc_recipients)
''')
    run_one(gw)
    (sender1, rcpt1, plain), (sender2, rcpt2, rich) = smtp.messages
    assert (sender1, rcpt1) == ("myemail@mycompany.com", ["bobby@mycompany.com"])
    assert plain["Subject"] == "Here is the email!" and plain.get_content_type() == "text/plain"
    assert plain.get_content().strip() == "Hello, this is an email." and plain["X-Priority"] == "3"
    assert rcpt2 == ["bobby@mycompany.com", "sally@mycompany.com", "mary@mycompany.com", "john@mycompany.com"]
    assert rich.get_content_type() == "text/html" and rich["Cc"] == "mary@mycompany.com" and rich["Bcc"] is None
    assert "<H1>This is a big header</H1>" in rich.get_content()


def test_sendemail_attachment_example_from_a_client(make_gateway, smtp):
    """The manual's third example: the user picks a file (queued answer), it goes as an attachment."""
    smtp.messages.clear()
    gw = mail_gateway(make_gateway, smtp, r'''
filePath = system.file.openFile()
if filePath != None:
   fileName = filePath.split("\\")[-1]
   fileData = system.file.readFileAsBytes(filePath)
   smtp = "SMTP"
   sender = "myemail@mycompany.com"
   subject = "Here is the file you requested"
   body = "Hello, this is an email."
   recipients = ["bobby@mycompany.com"]
   system.net.sendEmail(smtp, sender, subject, body, 0, recipients, [fileName], [fileData])
''', context="client")
    files = gw.projects.root / "_gateway" / "files"
    files.mkdir(parents=True)
    (files / "report.pdf").write_bytes(b"%PDF-1.4 shim")
    from runtime.backends.ui import ui

    bob = gw.open_client("X")
    ui(bob).answer("report.pdf")
    run_one(gw, scope="C")
    [(_, _, message)] = smtp.messages
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "report.pdf" and attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == b"%PDF-1.4 shim"


def test_sendemail_detects_html_priority_reply_to_and_keywords(make_gateway, smtp):
    smtp.messages.clear()
    gw = mail_gateway(make_gateway, smtp, '''
system.net.sendEmail(smtp="SMTP", fromAddr="plc@plant.local", subject="Alarm", body="<html><b>TK-101</b></html>",
                     to=["ops@plant.local"], priority="1", replyTo=["shift@plant.local"])
''')
    run_one(gw)
    [(_, _, message)] = smtp.messages
    assert message.get_content_type() == "text/html" and message["X-Priority"] == "1"
    assert message["Reply-To"] == "shift@plant.local" and message["From"] == "plc@plant.local"


def test_sendemail_refuses_servers_and_profiles_not_configured(make_gateway, smtp):
    gw = mail_gateway(make_gateway, smtp, '''
for kwargs in [dict(smtp="mail.example.com"), dict(smtpProfile="Other"), dict(smtp="SMTP", to=None),
               dict(smtp="SMTP", attachmentNames=["a.txt"]), dict(smtp="SMTP", priority="9")]:
    args = dict(fromAddr="a@b.c", subject="s", body="b", to=["x@y.z"])
    args.update(kwargs)
    try:
        system.net.sendEmail(**args)
    except (IOError, TypeError, ValueError), e:
        print e
''')
    output = run_one(gw).output
    assert output[0].startswith("sendEmail(): SMTP server 'mail.example.com:25' is not allowed: add it to "
                                "\"smtp\": {\"allow\": [...]} (or a profile) in ")
    assert output[1].startswith("sendEmail(): SMTP profile 'Other' not found (profiles in \"smtp\" of ")
    assert output[1].endswith("mySmtpServer)")
    assert output[2:] == ["sendEmail(): to is required (a list of e-mail addresses)",
                          "sendEmail(): 1 attachment names but 0 attachments",
                          "sendEmail(): priority must be \"1\" to \"5\", not '9'"]


def test_sendemail_to_a_server_that_is_down_raises_after_its_retries(make_gateway, smtp):
    from netservers import free_port

    port = free_port()
    gw = make_gateway({"X/project.json": {"ignition": "7.9"}, "X/gateway/message/h.py": f'''
try:
    system.net.sendEmail(smtpProfile="Down", fromAddr="a@b.c", subject="s", body="b", to=["x@y.z"], retries=1,
                         timeout=2000)
except IOError, e:
    print e
''', "_gateway/gateway.json": {"smtp": {"profiles": {"Down": {"host": "127.0.0.1", "port": port}}}}},
        synchronous=True)
    [line] = run_one(gw).output
    assert line.startswith(f"sendEmail(): javax.mail.MessagingException: could not send through 127.0.0.1:{port}: ")


def test_gateway_json_http_and_smtp_settings_are_checked(make_gateway, web):
    gw = gateway(make_gateway, 'system.net.httpGet("BASE/get")'.replace("BASE", web.base),
                 extra={"http": {"allow": "127.0.0.1"}})
    assert "\"http\" must be an object with \"allow\": [\"host\" or \"host:port\", ...]" in fail_one(gw).error


def test_a_promise_wait_is_stopped_by_the_time_budget(make_gateway, web):
    files = {"X/project.json": IGN81, "X/gateway/message/h.py":
             f'system.net.httpClient().getAsync("{web.base}/slow").get()',
             "_gateway/gateway.json": {"http": {"allow": ["127.0.0.1"]}}}
    gw = make_gateway(files, synchronous=True, time_limit=0.3)
    assert "ran past its time budget" in fail_one(gw).error
