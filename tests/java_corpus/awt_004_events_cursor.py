# the constants Vision keystroke, mouse and action scripts compare their events with
from java.awt.event import KeyEvent, MouseEvent, InputEvent, ActionEvent, ItemEvent, FocusEvent
from java.awt import Cursor
from javax.swing import SwingConstants
from java.lang import IllegalArgumentException
print KeyEvent.VK_ENTER, KeyEvent.VK_ESCAPE, KeyEvent.VK_F1, KeyEvent.VK_F12, KeyEvent.VK_A, KeyEvent.VK_0
print KeyEvent.VK_DELETE, KeyEvent.VK_BACK_SPACE, KeyEvent.VK_TAB, KeyEvent.VK_UP, KeyEvent.VK_NUMPAD5
print KeyEvent.KEY_PRESSED, KeyEvent.KEY_RELEASED, KeyEvent.KEY_TYPED, KeyEvent.VK_UNDEFINED
for code in [KeyEvent.VK_ENTER, KeyEvent.VK_SPACE, KeyEvent.VK_F5, KeyEvent.VK_PAGE_DOWN, KeyEvent.VK_CONTROL,
             KeyEvent.VK_NUMPAD3, KeyEvent.VK_COMMA, KeyEvent.VK_QUOTE, KeyEvent.VK_EURO_SIGN, 0, 99999]:
    print repr(KeyEvent.getKeyText(code)),
print
print KeyEvent.getKeyModifiersText(InputEvent.CTRL_MASK | InputEvent.SHIFT_MASK), repr(KeyEvent.getKeyModifiersText(0))
print KeyEvent.SHIFT_MASK, KeyEvent.CTRL_DOWN_MASK, MouseEvent.BUTTON1, MouseEvent.BUTTON3, MouseEvent.MOUSE_CLICKED
print InputEvent.BUTTON3_MASK, InputEvent.ALT_DOWN_MASK, ActionEvent.ACTION_PERFORMED, ActionEvent.CTRL_MASK
print ItemEvent.SELECTED, ItemEvent.DESELECTED, FocusEvent.FOCUS_GAINED, FocusEvent.FOCUS_LOST
modifiers = InputEvent.CTRL_MASK | InputEvent.BUTTON1_MASK
print modifiers & InputEvent.CTRL_MASK != 0, modifiers & InputEvent.SHIFT_MASK != 0
wait = Cursor.getPredefinedCursor(Cursor.WAIT_CURSOR)
print wait, wait.getType(), wait.getName(), Cursor.WAIT_CURSOR, Cursor.HAND_CURSOR, Cursor.CUSTOM_CURSOR
print Cursor.getDefaultCursor(), Cursor(Cursor.HAND_CURSOR).getName(), wait is Cursor.getPredefinedCursor(3)
print [Cursor.getPredefinedCursor(t).getName() for t in range(14)]
for bad in [lambda: Cursor.getPredefinedCursor(14), lambda: Cursor(-2)]:
    try:
        bad()
    except IllegalArgumentException, e:
        print e.getMessage()
print SwingConstants.CENTER, SwingConstants.LEFT, SwingConstants.RIGHT, SwingConstants.TOP, SwingConstants.BOTTOM
print SwingConstants.HORIZONTAL, SwingConstants.VERTICAL, SwingConstants.LEADING, SwingConstants.TRAILING, SwingConstants.NORTH_WEST
