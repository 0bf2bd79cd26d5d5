"""The ways people use shim: the ``shim`` commands (``commands``), the script console
(``console``, ``interpreter``, ``completion``), the pytest plugin and its helper (``pytest_plugin``,
``tester``), migration testing (``scenario``, ``recorder``, ``trace``, ``tracediff``) and ``bench``."""
