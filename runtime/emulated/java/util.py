"""java.util for Jython scripts: Date, Calendar, TimeZone, Locale, collections, Random, UUID,
Base64, Objects, Properties, StringTokenizer.

The collections include the Java 1.0 ones (``_legacycoll``: Vector, Stack, Hashtable).

The classes live in private modules by concern (``_date``, ``_calendar``, ``_collections``,
``_random``); this module is the package scripts import from, and ``__all__`` is exactly what
they may import. Other names raise :class:`NotEmulatedAttributeError`.
"""

from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._base64 import Base64
from runtime.emulated.java._calendar import Calendar, GregorianCalendar
from runtime.emulated.java._collections import (ArrayList, Arrays, Collections, HashMap, HashSet,
                                       LinkedHashMap, LinkedHashSet, LinkedList)
from runtime.emulated.java._date import Date, Locale, TimeZone
from runtime.emulated.java._legacycoll import Hashtable, Stack, Vector
from runtime.emulated.java._objects import Objects
from runtime.emulated.java._properties import Properties
from runtime.emulated.java._random import UUID, Random
from runtime.emulated.java._sorted import TreeMap, TreeSet
from runtime.emulated.java._tokenizer import StringTokenizer
from runtime.emulated.java._throwables import (ConcurrentModificationException, EmptyStackException,
                                      IllegalFormatConversionException, IllegalFormatException,
                                      MissingFormatArgumentException, NoSuchElementException,
                                      UnknownFormatConversionException)

__all__ = [
    "ArrayList", "Arrays", "Base64", "Calendar", "Collections", "ConcurrentModificationException", "Date",
    "EmptyStackException", "GregorianCalendar", "HashMap", "HashSet", "Hashtable",
    "IllegalFormatConversionException", "IllegalFormatException", "LinkedHashMap", "LinkedHashSet",
    "LinkedList", "Locale", "MissingFormatArgumentException", "NoSuchElementException", "Objects",
    "Properties", "Random", "Stack", "StringTokenizer", "TimeZone", "TreeMap", "TreeSet", "UUID",
    "UnknownFormatConversionException", "Vector",
]

__getattr__ = _missing("java.util")
