"""Where projects come from: a projects folder in the native layout (``loader``) and Ignition
exports turned into that layout (``importers``: 7.9 ``.proj``, 8.x zips and folders)."""
