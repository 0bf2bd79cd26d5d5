"""The ways people work with shim besides sending messages: the script console
(``console``, ``interpreter``, ``completion``), the pytest helper (``tester``; the plugin is
``runtime.pytest_plugin``) and migration testing (``scenario``, ``recorder``, ``trace``,
``tracediff``)."""
