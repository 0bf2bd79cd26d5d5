# Exception class hierarchy as Java declares it; java.util.Locale basics; java.lang.Object.
import java.lang
import java.util
import java.text
import java.io
from java.util import Locale

pairs = [(java.lang.NumberFormatException, java.lang.IllegalArgumentException),
         (java.lang.IllegalArgumentException, java.lang.RuntimeException),
         (java.lang.RuntimeException, java.lang.Exception),
         (java.lang.Exception, java.lang.Throwable),
         (java.lang.Error, java.lang.Throwable),
         (java.lang.Error, java.lang.Exception),
         (java.lang.StringIndexOutOfBoundsException, java.lang.IndexOutOfBoundsException),
         (java.lang.ArrayIndexOutOfBoundsException, java.lang.IndexOutOfBoundsException),
         (java.lang.InterruptedException, java.lang.RuntimeException),
         (java.util.NoSuchElementException, java.lang.RuntimeException),
         (java.util.ConcurrentModificationException, java.lang.RuntimeException),
         (java.util.IllegalFormatConversionException, java.lang.IllegalArgumentException),
         (java.text.ParseException, java.lang.Exception),
         (java.text.ParseException, java.lang.RuntimeException),
         (java.io.FileNotFoundException, java.io.IOException),
         (java.lang.SecurityException, java.lang.RuntimeException),
         (java.lang.UnsupportedOperationException, java.lang.RuntimeException),
         (java.lang.ClassCastException, java.lang.RuntimeException)]
for sub, sup in pairs:
    print sub.__name__, sup.__name__, issubclass(sub, sup)
print java.lang.ArrayIndexOutOfBoundsException("Index 5 out of bounds for length 3")
print java.util.ConcurrentModificationException(), java.lang.CloneNotSupportedException("c")
print Locale.US, Locale.ENGLISH, Locale.UK, Locale("fr", "ca"), Locale.US.getLanguage(), Locale.US.getCountry(), Locale.US.toLanguageTag()
print Locale.US == Locale("en", "US"), Locale.getDefault() is not None
o = java.lang.Object()
print o.equals(o), o.toString().startswith("java.lang.Object@"), o.getClass().getName()
