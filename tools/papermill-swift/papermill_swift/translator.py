"""papermill's parameters as Swift: `-p objectCount 2000 -p hiddenSizes "[4, 16]"` becomes

    // Parameters
    let objectCount = 2000
    let hiddenSizes = [4, 16]

Every value is written as a Swift literal whose type Swift infers on its own (an untyped `let`), so
what cannot be such a literal is refused with a SwiftParameterError naming the parameter and the
reason: None (nil needs a declared optional type), empty lists and dictionaries (no element type to
infer), lists mixing types Swift cannot unify ([1, "a"]), integers outside Int's 64 bits, and names that
are not Swift identifiers. Integers beside floats in one list become Double literals ([1.0, 2.5]), as
Swift itself would infer [Double].

Importing this module registers the translator for the language "swift" (what the landscape kernel's
kernelspec and language_info report)."""
import math
import re
import unicodedata

from papermill.models import Parameter
from papermill.translators import Translator, papermill_translators

LANGUAGE = "swift"

INT_MIN, INT_MAX = -(2**63), 2**63 - 1

# Swift's reserved words (The Swift Programming Language, "Lexical Structure: Keywords and
# Punctuation"): these cannot name a constant without backticks. Contextual keywords (get, set,
# lazy, some, async, open, borrowing, ...) are ordinary identifiers and are not listed. Checked with
# Swift 6's compiler: `let NAME = 1; print(NAME)` fails for exactly these.
SWIFT_KEYWORDS = frozenset("""
    associatedtype class deinit enum extension fileprivate func import init inout internal let operator
    private precedencegroup protocol public rethrows static struct subscript typealias var
    break case catch continue default defer do else fallthrough for guard if in repeat return throw
    switch where while
    Any as await false is nil self Self super throws true try
""".split())

_ASCII_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_SIMPLE_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


class SwiftParameterError(ValueError):
    """A parameter Swift cannot express as an untyped `let`. `name` is the parameter (None while
    only a value is being translated), `path` where inside the value (e.g. "[1]"), `reason` why."""

    def __init__(self, reason, name=None, path=""):
        self.reason = reason
        self.name = name
        self.path = path
        where = f"{name}{path}" if name is not None else (f"value{path}" if path else "value")
        if name is not None:
            message = f"papermill-swift: parameter {name!r} cannot be written as Swift"
            if path:
                message += f" (at {where})"
            message += f": {reason}"
        else:
            message = f"papermill-swift: {where} cannot be written as Swift: {reason}"
        super().__init__(message)

    def naming(self, name):
        """The same error, now naming the parameter."""
        return SwiftParameterError(self.reason, name, self.path)


# --- types -------------------------------------------------------------------------------------
# A value's Swift type: "Int", "Double", "Bool", "String", ("Array", element) or
# ("Dictionary", key, value); None stands for "not known yet" (the element of an empty container).

def _describe(swift_type):
    if swift_type is None:
        return "an unknown type"
    if isinstance(swift_type, str):
        return swift_type
    if swift_type[0] == "Array":
        return f"[{_spell(swift_type[1])}]"
    return f"[{_spell(swift_type[1])}: {_spell(swift_type[2])}]"


def _spell(swift_type):
    return "?" if swift_type is None else _describe(swift_type)


def _python_kind(value):
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a dictionary"
    return f"a {type(value).__name__}"


def _unify(a, b, path, what):
    """The one Swift type holding both a and b (Int and Double give Double), else an error."""
    if a is None:
        return b
    if b is None or a == b:
        return a
    if {a, b} == {"Int", "Double"}:
        return "Double"
    if isinstance(a, tuple) and isinstance(b, tuple) and a[0] == b[0]:
        if a[0] == "Array":
            return ("Array", _unify(a[1], b[1], path, what))
        return ("Dictionary", _unify(a[1], b[1], path, what + " keys"), _unify(a[2], b[2], path, what))
    raise SwiftParameterError(
        f"its {what} mix {_describe(a)} and {_describe(b)}, which no Swift array or dictionary literal "
        f"holds together (Swift infers one element type)", path=path)


def _infer(value, path=""):
    if value is None:
        raise SwiftParameterError(
            "None has no Swift literal an untyped `let` can hold (nil needs a declared optional type); "
            "pass a value or leave the parameter out", path=path)
    if isinstance(value, bool):
        return "Bool"
    if isinstance(value, int):
        return "Int"
    if isinstance(value, float):
        return "Double"
    if isinstance(value, str):
        return "String"
    if isinstance(value, (list, tuple)):
        element = None
        for index, item in enumerate(value):
            element = _unify(element, _infer(item, f"{path}[{index}]"), path, "elements")
        return ("Array", element)
    if isinstance(value, dict):
        key_type = value_type = None
        for key, item in value.items():
            if not isinstance(key, (bool, int, float, str)):
                raise SwiftParameterError(
                    f"its key {key!r} is {_python_kind(key)}; Swift dictionary keys here are strings, "
                    f"integers, floats or booleans", path=path)
            key_type = _unify(key_type, _infer(key, path), path, "keys")
            value_type = _unify(value_type, _infer(item, f"{path}[{_key_text(key)}]"), path, "values")
        return ("Dictionary", key_type, value_type)
    raise SwiftParameterError(
        f"{_python_kind(value)} ({value!r}) has no Swift literal; pass a string, number, boolean, "
        f"list or dictionary", path=path)


def _key_text(key):
    return _swift_string(key) if isinstance(key, str) else repr(key)


def _is_known(swift_type):
    if swift_type is None:
        return False
    if isinstance(swift_type, tuple):
        return all(_is_known(part) for part in swift_type[1:])
    return True


def _first_untyped_empty(value, swift_type, path=""):
    """(path, "list" or "dictionary") of the first empty container whose type nothing around it gives."""
    if isinstance(swift_type, tuple) and not _is_known(swift_type):
        if not value:
            return path, "list" if swift_type[0] == "Array" else "dictionary"
        items = (enumerate(value) if swift_type[0] == "Array"
                 else ((_key_text(key), item) for key, item in value.items()))
        element_type = swift_type[1] if swift_type[0] == "Array" else swift_type[2]
        for index, item in items:
            found = _first_untyped_empty(item, element_type, f"{path}[{index}]")
            if found is not None:
                return found
    return None


# --- literals ----------------------------------------------------------------------------------

def _swift_string(text, path=""):
    out = ['"']
    for character in text:
        code = ord(character)
        if character in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[character])
        elif 0xD800 <= code <= 0xDFFF:
            raise SwiftParameterError(
                f"its string holds the lone surrogate U+{code:04X}, which is not a Unicode scalar and "
                f"cannot be in a Swift string", path=path)
        elif unicodedata.category(character) == "Cc":
            out.append(f"\\u{{{code:X}}}")
        else:
            out.append(character)
    out.append('"')
    return "".join(out)


def _swift_int(value, path=""):
    if not INT_MIN <= value <= INT_MAX:
        raise SwiftParameterError(
            f"the integer {value} does not fit in Swift's Int (64 bits: {INT_MIN} ... {INT_MAX}); "
            f"pass it as a float or a string", path=path)
    return str(value)


def _swift_double(value):
    if isinstance(value, bool):  # never: booleans are not unified with numbers
        raise TypeError(value)
    if isinstance(value, int):
        return f"{value}.0"  # exact digits; Swift rounds the literal to the nearest Double
    if math.isnan(value):
        return "Double.nan"
    if math.isinf(value):
        return "Double.infinity" if value > 0 else "-Double.infinity"
    text = repr(value)  # shortest round-trip form: always has a "." or an exponent ("1e-05", "1e+16")
    return text if any(mark in text for mark in ".e") else text + ".0"


def _render(value, swift_type, path=""):
    if swift_type == "Bool":
        return "true" if value else "false"
    if swift_type == "Int":
        return _swift_int(value, path)
    if swift_type == "Double":
        return _swift_double(value)
    if swift_type == "String":
        return _swift_string(value, path)
    if swift_type[0] == "Array":
        items = [_render(item, swift_type[1], f"{path}[{index}]") for index, item in enumerate(value)]
        return "[" + ", ".join(items) + "]"
    pairs = [f"{_render(key, swift_type[1], path)}: {_render(item, swift_type[2], f'{path}[{_key_text(key)}]')}"
             for key, item in value.items()]
    return "[" + ", ".join(pairs) + "]"


def swift_literal(value):
    """`value` as a Swift literal an untyped `let` infers the right type from; raises
    SwiftParameterError (without a parameter name) when there is none."""
    swift_type = _infer(value)
    if not _is_known(swift_type):
        path, kind = _first_untyped_empty(value, swift_type)
        empty = "[]" if kind == "list" else "[:]"
        raise SwiftParameterError(
            f"{'it is' if not path else 'it holds'} an empty {kind}, and Swift cannot infer the element type "
            f"of {empty} in an untyped `let` (nothing beside it gives one); give at least one element",
            path=path)
    return _render(value, swift_type)


def check_name(name):
    """Raises SwiftParameterError unless `name` can be a Swift constant's name as is."""
    if not isinstance(name, str) or not name:
        raise SwiftParameterError("a parameter needs a non-empty name", name=repr(name))
    if name == "_":
        raise SwiftParameterError("`_` is Swift's discard, not a name a later cell can read", name=name)
    ascii_ok = _ASCII_IDENTIFIER.fullmatch(name) is not None
    if not ascii_ok and not (not name.isascii() and name.isidentifier()):
        raise SwiftParameterError(
            "it is not a Swift identifier (a letter or `_`, then letters, digits or `_`)", name=name)
    if name in SWIFT_KEYWORDS:
        raise SwiftParameterError(
            f"`{name}` is a Swift keyword; a cell could only read it as `{name}` in backticks, so rename "
            f"the parameter", name=name)


class SwiftTranslator(Translator):
    """papermill's Translator for Swift cells (classmethods, as papermill calls them)."""

    @classmethod
    def translate(cls, val):
        return swift_literal(val)

    # The per-type hooks papermill's Translator defines, for callers that use them directly.
    @classmethod
    def translate_none(cls, val):
        return swift_literal(None)

    @classmethod
    def translate_str(cls, val):
        return _swift_string(val)

    @classmethod
    def translate_escaped_str(cls, str_val):
        return _swift_string(str(str_val))

    @classmethod
    def translate_raw_str(cls, val):
        return f"{val}"

    @classmethod
    def translate_int(cls, val):
        return _swift_int(val)

    @classmethod
    def translate_float(cls, val):
        return _swift_double(val)

    @classmethod
    def translate_bool(cls, val):
        return "true" if val else "false"

    @classmethod
    def translate_list(cls, val):
        return swift_literal(list(val))

    @classmethod
    def translate_dict(cls, val):
        return swift_literal(dict(val))

    @classmethod
    def comment(cls, cmt_str):
        lines = str(cmt_str).splitlines() or [""]
        return "\n".join(f"// {line}".rstrip() for line in lines)

    @classmethod
    def assign(cls, name, str_val):
        return f"let {name} = {str_val}"

    @classmethod
    def codify(cls, parameters, comment="Parameters"):
        content = f"{cls.comment(comment)}\n"
        for name, val in parameters.items():
            check_name(name)
            try:
                literal = cls.translate(val)
            except SwiftParameterError as error:
                raise error.naming(name) from None
            content += f"{cls.assign(name, literal)}\n"
        return content

    @classmethod
    def inspect(cls, parameters_cell):
        """The `let`/`var` declarations of a Swift parameters cell, for `papermill --help-notebook`:
        name, the annotated type (else one inferred from a simple literal, else "None"), the value's
        text and a trailing `//` comment as help. Never raises."""
        try:
            return list(_inspect(parameters_cell["source"]))
        except Exception:  # papermill asks inspection to ignore what it cannot read
            return []


# --- inspection --------------------------------------------------------------------------------

_DECLARATION = re.compile(
    r"^\s*(?:let|var)\s+(?P<name>`?[^\W\d]\w*`?)\s*(?::\s*(?P<annotation>[^=]+?))?\s*=\s*(?P<value>.*)$",
    re.DOTALL)


def _split_comment(text):
    """(code, comment) split at the first `//` outside a string literal; also the bracket depth."""
    depth = 0
    in_string = False
    index = 0
    while index < len(text):
        character = text[index]
        if in_string:
            if character == "\\":
                index += 1
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "([{":
            depth += 1
        elif character in ")]}":
            depth -= 1
        elif text.startswith("//", index):
            return text[:index], text[index + 2:].strip(), depth
        index += 1
    return text, "", depth


def _literal_type(value):
    value = value.strip()
    if re.fullmatch(r'"(?:[^"\\]|\\.)*"', value):
        return "String"
    if value in ("true", "false"):
        return "Bool"
    if re.fullmatch(r"-?(?:0x[0-9A-Fa-f_]+|0b[01_]+|0o[0-7_]+|\d[\d_]*)", value):
        return "Int"
    if re.fullmatch(r"-?\d[\d_]*(?:\.\d[\d_]*)?(?:[eE][-+]?\d+)?", value) or value.startswith("Double."):
        return "Double"
    inner = value[1:-1].strip().rstrip(",") if value.startswith("[") and value.endswith("]") else None
    if inner and not any(mark in inner for mark in '[]:"'):  # a flat array of numbers or booleans
        types = {_literal_type(item) for item in inner.split(",")}
        if types == {"Int", "Double"}:
            types = {"Double"}
        if len(types) == 1 and "None" not in types:
            return f"[{types.pop()}]"
    return "None"


def _inspect(source):
    pending = None  # (name, annotation, value so far, help) of a declaration spanning lines
    depth = 0
    for line in source.splitlines():
        code, help_text, line_depth = _split_comment(line)
        if pending is not None:
            name, annotation, value, help_so_far = pending
            value += " " + code.strip()
            depth += line_depth
            pending = (name, annotation, value, help_text or help_so_far)
            if depth <= 0:
                yield _parameter(*pending)
                pending = None
            continue
        match = _DECLARATION.match(code)
        if match is None:
            continue
        name = match["name"].strip("`")
        annotation = (match["annotation"] or "").strip() or None
        value = match["value"].strip()
        depth = _split_comment(value)[2]
        if depth > 0:
            pending = (name, annotation, value, help_text)
        else:
            yield _parameter(name, annotation, value, help_text)
    if pending is not None:
        yield _parameter(*pending)


def _parameter(name, annotation, value, help_text):
    return Parameter(name=name, inferred_type_name=annotation or _literal_type(value), default=value.strip(),
                     help=help_text)


def register():
    """Registers SwiftTranslator with papermill for the language "swift" (done on import)."""
    papermill_translators.register(LANGUAGE, SwiftTranslator)


register()
