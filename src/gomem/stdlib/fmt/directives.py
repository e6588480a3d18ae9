"""Reading Printf format strings into plans.

A plan is the literal text of a format interleaved with ``Directive`` records, one per
``%...verb`` sequence. Reading a format never looks at the operands: where a directive takes
its operand from (``[n]``), or takes its width or precision from an operand (``*``), is kept
as a short tuple of *steps* that the engine (gomem.stdlib.fmt.format) carries out when it
runs the plan. Everything else about a directive is settled here, once per format string.

The accepted syntax, with the facts of Go 1.23's fmt that decide the corner cases:

    %  flags  [n]  width  .  [n]  precision  [n]  verb

* flags are any run of ``# 0 + - space``; ``%v`` and ``%w`` turn ``#`` and ``+`` into their
  Go-syntax (``#v``) and field-name (``+v``) variants.
* width and precision are decimal numbers or ``*``. A ``.`` that is the last byte of the
  format is not a precision: it becomes the verb. ``.`` without digits means precision 0.
  A number whose digits keep going after its value passed 1,000,000 makes the rest of the
  format unreadable: the directive ends there without a verb.
* ``[n]`` (1-based) picks the operand for whatever comes next; it is honoured before the
  width, before the precision, and before the verb (the last only if the precision did not
  end with one). ``[`` not followed by digits and ``]`` is malformed: it uses up the bracket
  text (or just the ``[``, when no ``]`` follows or fewer than three bytes remain). A number
  written right after an index (``%[2]5d``, ``%[2].3d``) spoils the directive.
* the verb is one UTF-8 character (an invalid byte reads as U+FFFD).
"""

from __future__ import annotations

from gomem.stdlib import utf8 as _utf8

# Steps that read a width or a precision from the next operand. Any other step is an int:
# the 0-based operand index to continue from (negative when the bracket was malformed or
# held 0, so that it can never be in range).
TAKE_WIDTH = "width"
TAKE_PREC = "prec"

_LIMIT = 1_000_000
_FLAG_BYTES = frozenset(b"#0+- ")


class Options:
    """The flags, width and precision that govern one verb (immutable; shared freely).

    ``width``/``prec`` are None when absent. ``sharp_v``/``plus_v`` are ``#``/``+`` given to
    %v or %w. ``bare`` says that nothing at all is set.
    """

    __slots__ = ("minus", "plus", "sharp", "space", "zero", "plus_v", "sharp_v", "width", "prec", "bare")

    def __init__(self, minus: bool = False, plus: bool = False, sharp: bool = False, space: bool = False,
                 zero: bool = False, plus_v: bool = False, sharp_v: bool = False,
                 width: int | None = None, prec: int | None = None) -> None:
        self.minus = minus
        self.plus = plus
        self.sharp = sharp
        self.space = space
        self.zero = zero
        self.plus_v = plus_v
        self.sharp_v = sharp_v
        self.width = width
        self.prec = prec
        self.bare = not (minus or plus or sharp or space or zero or plus_v or sharp_v) and (
            width is None and prec is None)

    def flag_bits(self) -> tuple[bool, ...]:
        return (self.minus, self.plus, self.sharp, self.space, self.zero, self.plus_v, self.sharp_v)

    def with_sizes(self, width: int | None, prec: int | None, left: bool = False) -> Options:
        """These flags with another width and precision; ``left`` forces left alignment
        (and, with it, drops zero padding)."""
        minus, plus, sharp, space, zero, plus_v, sharp_v = self.flag_bits()
        if left:
            minus, zero = True, False
        return Options(minus, plus, sharp, space, zero, plus_v, sharp_v, width, prec)


NO_OPTIONS = Options()


class Directive:
    """One ``%...verb``: its verb (None when the format ended first), its options as far as
    the format fixes them, the run-time steps, and whether its index syntax spoiled it.

    ``quick`` is filled in by the engine: a table of type -> renderer for directives that
    have nothing but a verb.
    """

    __slots__ = ("verb", "opts", "steps", "spoiled", "quick")

    def __init__(self, verb: str | None, opts: Options, steps: tuple, spoiled: bool) -> None:
        self.verb = verb
        self.opts = opts
        self.steps = steps
        self.spoiled = spoiled
        self.quick: dict | None = None

    def __repr__(self) -> str:
        return f"Directive({self.verb!r}, steps={self.steps}, spoiled={self.spoiled})"


class _Reader:
    """A cursor over the bytes of one format."""

    __slots__ = ("text", "pos", "end")

    def __init__(self, text: bytes) -> None:
        self.text = text
        self.pos = 0
        self.end = len(text)

    def at(self, byte: int) -> bool:
        return self.pos < self.end and self.text[self.pos] == byte

    def number(self) -> int | None:
        """A run of decimal digits (None if there is none). Past the size limit the rest of
        the format is consumed and None returned."""
        text, start, end = self.text, self.pos, self.end
        stop = start
        while stop < end and 0x30 <= text[stop] <= 0x39:
            stop += 1
        if stop == start:
            return None
        digits = text[start:stop]
        if len(digits) > 1 and int(digits[:-1]) > _LIMIT:
            self.pos = end
            return None
        self.pos = stop
        return int(digits)

    def bracket(self) -> tuple[int, bool] | None:
        """An operand index ``[n]`` if one starts here, as (n-1, well formed); a malformed one
        gives (-1, False). None when there is no '['."""
        text, pos = self.text, self.pos
        if pos >= self.end or text[pos] != 0x5B:  # '['
            return None
        close = text.find(b"]", pos + 1) if self.end - pos >= 3 else -1
        if close < 0:
            self.pos = pos + 1
            return -1, False
        digits = text[pos + 1:close]
        self.pos = close + 1
        if not digits.isdigit() or (len(digits) > 1 and int(digits[:-1]) > _LIMIT):
            return -1, False
        return int(digits) - 1, True

    def directive(self) -> Directive:
        """Read what follows a '%'."""
        text, end = self.text, self.end
        flags = set()
        while self.pos < end and text[self.pos] in _FLAG_BYTES:
            flags.add(text[self.pos])
            self.pos += 1

        steps: list = []
        spoiled = False
        indexed = False  # the last thing read was a well-formed [n]

        def index() -> None:
            # an index step is always recorded (a malformed or [0] one can never be in range
            # and so spoils the directive when it runs); only a well-formed one counts as
            # "the last thing read was an index"
            nonlocal indexed
            found = self.bracket()
            if found is None:
                indexed = False
            else:
                steps.append(found[0])
                indexed = found[1]

        index()
        width = prec = None
        if self.at(0x2A):  # '*'
            self.pos += 1
            steps.append(TAKE_WIDTH)
            indexed = False
        else:
            width = self.number()
            if indexed and width is not None:
                spoiled = True

        if self.pos + 1 < end and text[self.pos] == 0x2E:  # '.' that is not the last byte
            self.pos += 1
            if indexed:
                spoiled = True
            index()
            if self.at(0x2A):
                self.pos += 1
                steps.append(TAKE_PREC)
                indexed = False
            else:
                prec = self.number()
                if prec is None:
                    prec = 0

        if not indexed:
            index()

        verb: str | None = None
        if self.pos < end:
            c = text[self.pos]
            if c < 0x80:
                verb = chr(c)
                self.pos += 1
            else:
                r, size = _utf8.decode_rune(text, self.pos)
                verb = chr(r)
                self.pos += size

        sharp, plus = 0x23 in flags, 0x2B in flags
        sharp_v = plus_v = False
        if verb == "v" or verb == "w":
            sharp_v, plus_v, sharp, plus = sharp, plus, False, False
        opts = Options(0x2D in flags, plus, sharp, 0x20 in flags, 0x30 in flags, plus_v, sharp_v, width, prec)
        return Directive(verb, opts, tuple(steps), spoiled)


class Plan:
    """A read format: ``head`` literal text, then (directive, following text) pairs.

    ``quick_steps`` is set by the engine when every directive is a bare verb: then the
    (quick table, following text) of each.
    """

    __slots__ = ("head", "pairs", "quick_steps")

    def __init__(self, head: bytes, pairs: tuple[tuple[Directive, bytes], ...]) -> None:
        self.head = head
        self.pairs = pairs
        self.quick_steps: tuple | None = None


def read_format(fmt: bytes) -> Plan:
    """The plan of a format string."""
    r = _Reader(fmt)
    end = r.end
    head = b""
    pairs: list[tuple[Directive, bytes]] = []
    text = bytearray()
    while r.pos < end:
        j = fmt.find(b"%", r.pos)
        if j < 0:
            text += fmt[r.pos:]
            break
        text += fmt[r.pos:j]
        r.pos = j + 1
        d = r.directive()
        if d.verb == "%" and not d.steps:
            text += b"%"  # a percent sign that touches no operand is plain text
            continue
        if pairs:
            pairs[-1] = (pairs[-1][0], bytes(text))
        else:
            head = bytes(text)
        text = bytearray()
        pairs.append((d, b""))
    if pairs:
        pairs[-1] = (pairs[-1][0], bytes(text))
    else:
        head = bytes(text)
    return Plan(head, tuple(pairs))
