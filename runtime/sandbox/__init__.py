"""The sandbox: RestrictedPython under shim's policy (``policy.py`` says what is allowed)."""
from runtime.sandbox.compiler import CompiledScript, ScriptSyntaxError, compile_script
from runtime.sandbox.errors import AttributeRefused, ImportRefused, SandboxError
from runtime.sandbox.namespace import SANDBOX_BUILTINS, NotEmulated, new_globals

__all__ = [
    "AttributeRefused", "CompiledScript", "ImportRefused", "NotEmulated", "SANDBOX_BUILTINS",
    "SandboxError", "ScriptSyntaxError", "compile_script", "new_globals",
]
