"""``raise E, V[, T]`` -> ``raise _raise_(E, V)[.with_traceback(T)]``: the exception is built at
run time as Jython builds it (V an instance of E: V itself; V a tuple: ``E(*V)``, except for
KeyError, which Jython gives the tuple as its one argument; else ``E(V)``)."""
from __future__ import annotations

from fissix import fixer_base, pytree
from fissix.pgen2 import token

from runtime.scripts.legacy.fixes import text_leaf


class FixPy2Raise(fixer_base.BaseFix):
    BM_compatible = True
    PATTERN = """
    raise_stmt< 'raise' exc=any [',' val=any [',' tb=any]] >
    """

    def transform(self, node, results):
        exc = results["exc"]
        if "val" not in results or exc.type == token.STRING:
            return None
        exc_text = str(exc).lstrip(" \t")
        val_text = str(results["val"])
        call = f"_raise_({exc_text},{val_text if val_text[:1].isspace() else ' ' + val_text})"
        if "tb" in results:
            call += f".with_traceback({str(results['tb']).lstrip(' ')})"
        new = pytree.Node(node.type, [pytree.Leaf(token.NAME, "raise"), text_leaf(call, prefix=" ")])
        new.prefix = node.prefix
        return new
