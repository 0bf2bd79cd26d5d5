"""java.awt.event's constants for Vision event scripts: ``KeyEvent`` (the ``VK_*`` key codes,
``getKeyText``, ``getKeyModifiersText``), ``InputEvent``'s modifier masks, ``MouseEvent``'s buttons,
``ActionEvent``, ``ItemEvent`` and ``FocusEvent``: what a keystroke or mouse script compares its
event with (``event.keyCode == KeyEvent.VK_ENTER``, ``event.button == MouseEvent.BUTTON3``,
``event.modifiers & InputEvent.CTRL_MASK``). The values and key names are Java 17's (javadoc,
java.awt.event.KeyEvent); listeners and the event objects themselves are not here."""
from typing import Any as _Any

from runtime.core.jtext import java_text as _java_text
from runtime.emulated.java import missing_member as _missing
from runtime.emulated.java._jclass import JavaObject as _JavaObject

__all__ = ["ActionEvent", "FocusEvent", "InputEvent", "ItemEvent", "KeyEvent", "MouseEvent"]

#: KeyEvent's key codes: ``NAME:code:text`` per key (``VK_NAME``, ``getKeyText(code)``, ``_`` for
#: a space), from Java 17's KeyEvent and its key names
_KEYS = """
    ENTER:10:Enter BACK_SPACE:8:Backspace TAB:9:Tab CANCEL:3:Cancel CLEAR:12:Clear SHIFT:16:Shift
    CONTROL:17:Ctrl ALT:18:Alt PAUSE:19:Pause CAPS_LOCK:20:Caps_Lock ESCAPE:27:Escape
    SPACE:32:Space PAGE_UP:33:Page_Up PAGE_DOWN:34:Page_Down END:35:End HOME:36:Home LEFT:37:Left
    UP:38:Up RIGHT:39:Right DOWN:40:Down COMMA:44:Comma MINUS:45:Minus PERIOD:46:Period
    SLASH:47:Slash 0:48:0 1:49:1 2:50:2 3:51:3 4:52:4 5:53:5 6:54:6 7:55:7 8:56:8 9:57:9
    SEMICOLON:59:Semicolon EQUALS:61:Equals A:65:A B:66:B C:67:C D:68:D E:69:E F:70:F G:71:G
    H:72:H I:73:I J:74:J K:75:K L:76:L M:77:M N:78:N O:79:O P:80:P Q:81:Q R:82:R S:83:S T:84:T
    U:85:U V:86:V W:87:W X:88:X Y:89:Y Z:90:Z OPEN_BRACKET:91:Open_Bracket
    BACK_SLASH:92:Back_Slash CLOSE_BRACKET:93:Close_Bracket NUMPAD0:96:NumPad-0
    NUMPAD1:97:NumPad-1 NUMPAD2:98:NumPad-2 NUMPAD3:99:NumPad-3 NUMPAD4:100:NumPad-4
    NUMPAD5:101:NumPad-5 NUMPAD6:102:NumPad-6 NUMPAD7:103:NumPad-7 NUMPAD8:104:NumPad-8
    NUMPAD9:105:NumPad-9 MULTIPLY:106:NumPad_* ADD:107:NumPad_+ SEPARATER:108:NumPad_,
    SEPARATOR:108:NumPad_, SUBTRACT:109:NumPad_- DECIMAL:110:NumPad_. DIVIDE:111:NumPad_/
    DELETE:127:Delete NUM_LOCK:144:Num_Lock SCROLL_LOCK:145:Scroll_Lock F1:112:F1 F2:113:F2
    F3:114:F3 F4:115:F4 F5:116:F5 F6:117:F6 F7:118:F7 F8:119:F8 F9:120:F9 F10:121:F10 F11:122:F11
    F12:123:F12 F13:61440:F13 F14:61441:F14 F15:61442:F15 F16:61443:F16 F17:61444:F17
    F18:61445:F18 F19:61446:F19 F20:61447:F20 F21:61448:F21 F22:61449:F22 F23:61450:F23
    F24:61451:F24 PRINTSCREEN:154:Print_Screen INSERT:155:Insert HELP:156:Help META:157:Meta
    BACK_QUOTE:192:Back_Quote QUOTE:222:Quote KP_UP:224:Up KP_DOWN:225:Down KP_LEFT:226:Left
    KP_RIGHT:227:Right DEAD_GRAVE:128:Dead_Grave DEAD_ACUTE:129:Dead_Acute
    DEAD_CIRCUMFLEX:130:Dead_Circumflex DEAD_TILDE:131:Dead_Tilde DEAD_MACRON:132:Dead_Macron
    DEAD_BREVE:133:Dead_Breve DEAD_ABOVEDOT:134:Dead_Above_Dot DEAD_DIAERESIS:135:Dead_Diaeresis
    DEAD_ABOVERING:136:Dead_Above_Ring DEAD_DOUBLEACUTE:137:Dead_Double_Acute
    DEAD_CARON:138:Dead_Caron DEAD_CEDILLA:139:Dead_Cedilla DEAD_OGONEK:140:Dead_Ogonek
    DEAD_IOTA:141:Dead_Iota DEAD_VOICED_SOUND:142:Dead_Voiced_Sound
    DEAD_SEMIVOICED_SOUND:143:Dead_Semivoiced_Sound AMPERSAND:150:Ampersand ASTERISK:151:Asterisk
    QUOTEDBL:152:Double_Quote LESS:153:Less GREATER:160:Greater BRACELEFT:161:Left_Brace
    BRACERIGHT:162:Right_Brace AT:512:At COLON:513:Colon CIRCUMFLEX:514:Circumflex
    DOLLAR:515:Dollar EURO_SIGN:516:Euro EXCLAMATION_MARK:517:Exclamation_Mark
    INVERTED_EXCLAMATION_MARK:518:Inverted_Exclamation_Mark LEFT_PARENTHESIS:519:Left_Parenthesis
    NUMBER_SIGN:520:Number_Sign PLUS:521:Plus RIGHT_PARENTHESIS:522:Right_Parenthesis
    UNDERSCORE:523:Underscore WINDOWS:524:Windows CONTEXT_MENU:525:Context_Menu FINAL:24:Final
    CONVERT:28:Convert NONCONVERT:29:No_Convert ACCEPT:30:Accept MODECHANGE:31:Mode_Change
    KANA:21:Kana KANJI:25:Kanji ALPHANUMERIC:240:Alphanumeric KATAKANA:241:Katakana
    HIRAGANA:242:Hiragana FULL_WIDTH:243:Full-Width HALF_WIDTH:244:Half-Width
    ROMAN_CHARACTERS:245:Roman_Characters ALL_CANDIDATES:256:All_Candidates
    PREVIOUS_CANDIDATE:257:Previous_Candidate CODE_INPUT:258:Code_Input
    JAPANESE_KATAKANA:259:Japanese_Katakana JAPANESE_HIRAGANA:260:Japanese_Hiragana
    JAPANESE_ROMAN:261:Japanese_Roman KANA_LOCK:262:Kana_Lock
    INPUT_METHOD_ON_OFF:263:Input_Method_On/Off CUT:65489:Cut COPY:65485:Copy PASTE:65487:Paste
    UNDO:65483:Undo AGAIN:65481:Again FIND:65488:Find PROPS:65482:Props STOP:65480:Stop
    COMPOSE:65312:Compose ALT_GRAPH:65406:Alt_Graph BEGIN:65368:Begin
    UNDEFINED:0:Unknown_keyCode:_0x0
"""

_KEY_TEXT: dict[int, str] = {}


def _constants(cls: type, **values: int) -> None:
    for name, value in values.items():
        type.__setattr__(cls, name, value)


class InputEvent(_JavaObject):
    """java.awt.event.InputEvent: the modifier masks (``SHIFT_MASK`` ..., ``CTRL_DOWN_MASK`` ...)."""

    __slots__ = ()
    __module__ = "java.awt.event"


_constants(InputEvent, SHIFT_MASK=1, CTRL_MASK=2, META_MASK=4, ALT_MASK=8, ALT_GRAPH_MASK=32,
           BUTTON1_MASK=16, BUTTON2_MASK=8, BUTTON3_MASK=4, SHIFT_DOWN_MASK=64, CTRL_DOWN_MASK=128,
           META_DOWN_MASK=256, ALT_DOWN_MASK=512, BUTTON1_DOWN_MASK=1024, BUTTON2_DOWN_MASK=2048,
           BUTTON3_DOWN_MASK=4096, ALT_GRAPH_DOWN_MASK=8192)

#: getKeyModifiersText's names, in Java's order
_MODIFIER_NAMES = ((4, "Meta"), (2, "Ctrl"), (8, "Alt"), (1, "Shift"), (32, "Alt Graph"), (16, "Button1"))


class KeyEvent(InputEvent):
    """java.awt.event.KeyEvent: ``VK_*`` key codes, ``KEY_PRESSED`` ..., ``getKeyText(code)``."""

    __slots__ = ()
    __module__ = "java.awt.event"

    @staticmethod
    def getKeyText(code: int) -> str:
        return _java_text(_KEY_TEXT.get(code) or "Unknown keyCode: 0x%x" % code)

    @staticmethod
    def getKeyModifiersText(modifiers: int) -> str:
        return _java_text("+".join(name for mask, name in _MODIFIER_NAMES if modifiers & mask))


_constants(KeyEvent, KEY_FIRST=400, KEY_LAST=402, KEY_TYPED=400, KEY_PRESSED=401, KEY_RELEASED=402,
           KEY_LOCATION_UNKNOWN=0, KEY_LOCATION_STANDARD=1, KEY_LOCATION_LEFT=2, KEY_LOCATION_RIGHT=3,
           KEY_LOCATION_NUMPAD=4)
for _entry in _KEYS.split():
    _name, _code, _text = _entry.split(":", 2)
    _constants(KeyEvent, **{"VK_" + _name: int(_code)})
    if _name != "UNDEFINED":
        _KEY_TEXT[int(_code)] = _text.replace("_", " ")


class MouseEvent(InputEvent):
    """java.awt.event.MouseEvent: ``BUTTON1``..``BUTTON3``, ``MOUSE_CLICKED`` ..."""

    __slots__ = ()
    __module__ = "java.awt.event"


_constants(MouseEvent, MOUSE_FIRST=500, MOUSE_LAST=507, MOUSE_CLICKED=500, MOUSE_PRESSED=501,
           MOUSE_RELEASED=502, MOUSE_MOVED=503, MOUSE_ENTERED=504, MOUSE_EXITED=505, MOUSE_DRAGGED=506,
           MOUSE_WHEEL=507, NOBUTTON=0, BUTTON1=1, BUTTON2=2, BUTTON3=3)


class ActionEvent(_JavaObject):
    """java.awt.event.ActionEvent: ``ACTION_PERFORMED`` and its modifier masks."""

    __slots__ = ()
    __module__ = "java.awt.event"


_constants(ActionEvent, SHIFT_MASK=1, CTRL_MASK=2, META_MASK=4, ALT_MASK=8, ACTION_FIRST=1001,
           ACTION_LAST=1001, ACTION_PERFORMED=1001)


class ItemEvent(_JavaObject):
    """java.awt.event.ItemEvent: ``SELECTED``/``DESELECTED`` (a check box's ``itemStateChanged``)."""

    __slots__ = ()
    __module__ = "java.awt.event"


_constants(ItemEvent, ITEM_FIRST=701, ITEM_LAST=701, ITEM_STATE_CHANGED=701, SELECTED=1, DESELECTED=2)


class FocusEvent(_JavaObject):
    """java.awt.event.FocusEvent: ``FOCUS_GAINED``/``FOCUS_LOST``."""

    __slots__ = ()
    __module__ = "java.awt.event"


_constants(FocusEvent, FOCUS_FIRST=1004, FOCUS_LAST=1005, FOCUS_GAINED=1004, FOCUS_LOST=1005)

__getattr__ = _missing("java.awt.event")
