"""The sandbox: RestrictedPython under shim's policy (``policy.py`` says what is allowed)."""
from runtime.scripts.sandbox.compiler import CompiledScript, ScriptSyntaxError, compile_script
from runtime.scripts.sandbox.errors import AttributeRefused, ImportRefused, SandboxError
from runtime.scripts.sandbox.namespace import SANDBOX_BUILTINS, NotEmulated, new_globals, preload_system

__all__ = [
    "AttributeRefused", "CompiledScript", "ImportRefused", "NotEmulated", "SANDBOX_BUILTINS",
    "SandboxError", "ScriptSyntaxError", "compile_script", "new_globals",
]
