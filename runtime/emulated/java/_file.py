"""``java.io.File`` for scripts: Java's path object over the gateway's files folder.

As in Java, a File is only a path until a method asks the disk: ``getName``, ``getPath``,
``getParent``, ``isAbsolute``, ``equals`` work on any path (``File("C:\\\\reports")`` too, as
on a Linux JVM). A relative path is taken inside the files folder, the scripts' working
folder (``os.getcwd()``, ``System.getProperty("user.dir")``). Every method that touches the
disk resolves the path first (``runtime.emulated.stdlib._host.resolve``: an absolute path must
point inside the folder, a ``..`` or a symlink may not lead out of it) and is a
``java.lang.SecurityException`` naming the path otherwise, as a JVM with a security manager
refuses a file permission: ``File("/etc/passwd").exists()`` is refused, not False.

Answers follow Java (checked against the real ``jython`` on Linux, tests/java_corpus/io_003):
``exists()`` False and ``length()``/``lastModified()`` 0 for a missing file, ``list()``/
``listFiles()`` None for a non-folder, ``mkdirs()``/``createNewFile()``/``delete()``/
``renameTo()`` True or False rather than raising. ``getPath()`` drops doubled and trailing
slashes but keeps ``..``; ``list()`` is sorted here (the JVM gives the folder's order).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from runtime.core.jtext import java_text
from runtime.emulated.java._jclass import JavaClass, JavaObject
from runtime.emulated.java._throwables import IOException, NullPointerException, SandboxRefusal
from runtime.emulated.stdlib import _host
from runtime.emulated.stdlib.jarray_ import PyArray
from runtime.emulated.stdlib.scriptpath import FILES_ROOT, shown


def _normal(path: str) -> str:
    """Java's ``File`` normalisation on Unix: no doubled slashes, no trailing slash."""
    while "//" in path:
        path = path.replace("//", "/")
    return path[:-1] if len(path) > 1 and path.endswith("/") else path


def disk_path(file: "File", function: str) -> Path:
    """The host path of ``file`` inside the files folder, or a SecurityException naming it and
    the call (``function``: a File method, or a class's call such as "FileReader")."""
    if function[:1].islower():
        function = f"File.{function}"
    try:
        return _host.resolve(function, file.getPath() or ".")
    except (OSError, TypeError) as error:  # outside the folder, or no gateway
        raise SandboxRefusal(str(error)) from None
    except RuntimeError:  # not even a default gateway
        raise SandboxRefusal(f"{function}(): no files folder: the script is not running in a gateway") from None


class File(JavaObject):
    """java.io.File(path), File(parent, child) with parent a path or a File."""

    __slots__ = ("_path",)
    __module__ = "java.io"

    separator = "/"
    separatorChar = "/"
    pathSeparator = ":"
    pathSeparatorChar = ":"

    def __init__(self, parent: Any, child: Any = None) -> None:
        if child is None:
            if parent is None:
                raise NullPointerException()
            path = str(parent.getPath() if isinstance(parent, File) else parent)
        else:
            base = parent.getPath() if isinstance(parent, File) else parent
            path = str(child) if base is None else "%s/%s" % (base, child)
        object.__setattr__(self, "_path", _normal(path))

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("java.io.File is immutable")

    # -- the path alone ----------------------------------------------------------------------
    def getPath(self) -> str:
        return self._path

    def getName(self) -> str:
        return self._path.rpartition("/")[2]

    def getParent(self) -> str | None:
        head, sep, _ = self._path.rpartition("/")
        if not sep:
            return None
        return head or "/"

    def getParentFile(self) -> "File | None":
        parent = self.getParent()
        return None if parent is None else File(parent)

    def isAbsolute(self) -> bool:
        return self._path.startswith("/")

    def getAbsolutePath(self) -> str:
        """The path from the files folder (the scripts' working folder), as Java joins
        ``user.dir`` and a relative path (without resolving ``..``)."""
        if self.isAbsolute():
            return self._path
        _root("getAbsolutePath")  # none outside a gateway
        return FILES_ROOT if not self._path else "%s/%s" % (FILES_ROOT, self._path)

    def getAbsoluteFile(self) -> "File":
        return File(self.getAbsolutePath())

    def getCanonicalPath(self) -> str:
        return shown(disk_path(self, "getCanonicalPath"))

    def getCanonicalFile(self) -> "File":
        return File(self.getCanonicalPath())

    def toString(self) -> str:
        return self._path

    def equals(self, other: object) -> bool:
        return isinstance(other, File) and other._path == self._path

    def hashCode(self) -> int:
        return hash(self._path) & 0x7FFFFFFF

    def compareTo(self, other: "File") -> int:
        return (self._path > other._path) - (self._path < other._path)

    def __eq__(self, other: object) -> bool:
        return self.equals(other)

    def __hash__(self) -> int:
        return hash(self._path)

    path = property(getPath)
    name = property(getName)
    parent = property(getParent)
    absolutePath = property(getAbsolutePath)

    # -- asking the disk ---------------------------------------------------------------------
    def exists(self) -> bool:
        return disk_path(self, "exists").exists()

    def isFile(self) -> bool:
        return disk_path(self, "isFile").is_file()

    def isDirectory(self) -> bool:
        return disk_path(self, "isDirectory").is_dir()

    def canRead(self) -> bool:
        return self.exists()

    def canWrite(self) -> bool:
        return self.exists()

    def isHidden(self) -> bool:
        return self.getName().startswith(".")

    def length(self) -> int:
        path = disk_path(self, "length")
        return path.stat().st_size if path.exists() else 0

    def lastModified(self) -> int:
        path = disk_path(self, "lastModified")
        return int(path.stat().st_mtime * 1000) if path.exists() else 0

    def list(self) -> PyArray | None:
        """The names in this folder (``array(java.lang.String, [...])``), None if it is not one."""
        from runtime.emulated.java.lang import String

        path = disk_path(self, "list")
        if not path.is_dir():
            return None
        return PyArray([java_text(name) for name in sorted(os.listdir(path))], String)

    def listFiles(self) -> PyArray | None:
        """A File for each entry of this folder (as ``File(this, name)``), None if it is not one."""
        names = self.list()
        return None if names is None else PyArray([File(self, name) for name in names], _FILE_ARRAY)

    def mkdir(self) -> bool:
        path = disk_path(self, "mkdir")
        try:
            path.mkdir()
        except OSError:
            return False
        return True

    def mkdirs(self) -> bool:
        path = disk_path(self, "mkdirs")
        if path.exists():
            return False
        try:
            path.mkdir(parents=True)
        except OSError:
            return False
        return True

    def createNewFile(self) -> bool:
        path = disk_path(self, "createNewFile")
        try:
            with open(path, "xb"):
                pass
        except FileExistsError:
            return False
        except FileNotFoundError:
            raise IOException("No such file or directory") from None
        except OSError as error:
            raise IOException(error.strerror or "cannot create the file") from None
        return True

    def delete(self) -> bool:
        """Deletes a file or an empty folder (True), else False, as Java does."""
        path = disk_path(self, "delete")
        try:
            if path.is_dir():
                path.rmdir()
            else:
                freed = path.lstat().st_size
                path.unlink()
                _host.claim("delete", self.getPath(), -freed)  # room in the files quota at once
        except OSError:
            return False
        return True

    def renameTo(self, dest: "File") -> bool:
        if not isinstance(dest, File):
            raise NullPointerException()
        source, target = disk_path(self, "renameTo"), disk_path(dest, "renameTo")
        if not source.exists() or source == _root("renameTo"):
            return False
        try:
            os.rename(source, target)
        except OSError:
            return False
        return True

    @staticmethod
    def createTempFile(*args: Any) -> "File":
        raise SandboxRefusal("File.createTempFile(): scripts have no temporary folder in shim; "
                             "write inside the gateway's files folder")


def _root(function: str) -> Path:
    try:
        return _host.files_root()
    except (OSError, RuntimeError):
        raise SandboxRefusal(f"File.{function}(): no files folder: the script is not running in a gateway") from None


class _FILE_ARRAY:
    """The element type of ``listFiles()``'s array (``File.getName`` is the instance method, so
    the class's Java name is read through the metaclass)."""

    @staticmethod
    def getName() -> str:
        return JavaClass.getName(File)
