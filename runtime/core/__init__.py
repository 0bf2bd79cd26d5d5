"""What every layer shares: the errors users see (``errors``), the current script context
(``context``), and the time and size budgets of scripts (``budget``). Imports nothing of shim."""
