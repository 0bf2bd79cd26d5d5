"""Images of Vision components (``system.print.createImage``/``printToImage``): a
``java.awt.image.BufferedImage`` (``runtime.emulated.java.awt_image``) the size of the component,
and PNG files of it.

Ignition paints the component with Swing. shim's components are property bags with no look, so
the image has the component's size (its ``width``/``height`` properties, as a Vision component's
``getWidth()``/``getHeight()``; a root container without them takes the window's) and is filled
with the component's ``background`` colour when it has one, transparent otherwise. A size of 0 fails
as Java's ``BufferedImage`` constructor does. The PNG is the one ``ImageIO`` writes (RGBA, 8
bits a channel).
"""
from __future__ import annotations

from typing import Any

from runtime.backends.vision import Color, Component
from runtime.emulated.java.awt_image import BufferedImage
from runtime.emulated.java.imageio import encoded

def png(image: BufferedImage) -> bytes:
    """``image`` as a PNG file (RGBA, 8 bits a channel), as ``ImageIO.write(image, "png", f)``."""
    return encoded(image, "png")


def snapshot(component: Component) -> BufferedImage:
    """The image ``createImage`` takes of ``component``."""
    width, height = _size(component, "width"), _size(component, "height")
    background = component._props.get("background")
    fill = background.getRGB() if isinstance(background, Color) else 0
    return BufferedImage._filled(width, height, fill)


def _size(component: Component, axis: str) -> int:
    value = component._props.get(axis)
    if value is None and component.getParent() is None:
        value = component.getWindow()._size.get(axis)
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"component '{component.getName()}': {axis} must be a number of pixels, not {value!r}")
    return int(value)
