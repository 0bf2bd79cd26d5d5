"""``shim assess``: what of a project will run under shim, found without running its handlers.

``collect`` lists a project set's scripts and settings, ``scan`` reads each script's syntax tree
(system.* call sites, imports, tag paths, named queries), ``classify`` compares what was found
with what shim emulates (read from the code: the ``system`` package, the sandbox's import
machinery), ``load`` imports every library and pylib module in a throwaway gateway, ``report``
puts it together, ``report_html`` renders it for people, ``report_json`` for machines.
"""
