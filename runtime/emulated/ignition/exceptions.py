"""The Ignition exceptions scripts catch by name (``except GatewayException, e:``): Java
exceptions like those of ``runtime.emulated.java`` (not Python ``Exception`` subclasses; their
``str`` is ``toString()``; ``getMessage``/``getCause`` work), under their real packages."""
from __future__ import annotations

from runtime.emulated.java._throwables import Exception_, _declare

#: ``com.inductiveautomation.ignition.client.gateway_interface.GatewayException``: what a
#: client's call to the gateway throws (the cause under a failed ``system.db`` query).
GatewayException = _declare("GatewayException", Exception_,
                            "com.inductiveautomation.ignition.client.gateway_interface")
#: ``com.inductiveautomation.ignition.common.GenericTransferrableException``: a gateway-side
#: exception carried to a client.
GenericTransferrableException = _declare("GenericTransferrableException", Exception_,
                                         "com.inductiveautomation.ignition.common")
#: ``com.inductiveautomation.ignition.common.script.JythonExecException``: a script that failed
#: inside Ignition's script manager.
JythonExecException = _declare("JythonExecException", Exception_,
                               "com.inductiveautomation.ignition.common.script")
