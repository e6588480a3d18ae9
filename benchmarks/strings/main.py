"""strings: string-heavy workload. Building with a list and str.join,
concatenation, str()/int(), split/join/find/count/replace, character-level
loops and string reversal."""

import sys

MODULUS = 1000000007


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000

    # 1. Build a comma separated table: 10 numbers per line.
    parts = []
    for i in range(n):
        parts.append(str(i * 7919 % 100003))
        parts.append("\n" if i % 10 == 9 else ",")
    text = "".join(parts)

    # 2. Parse it back.
    lines = text.split("\n")
    total = fields = 0
    for line in lines:
        if not line:
            continue
        for f in line.split(","):
            if not f:
                continue
            total += int(f)
            fields += 1
    print(f"table: bytes={len(text)} lines={len(lines)} fields={fields} total={total}")

    # 3. Join, search, count, replace.
    joined = "|".join(lines)
    contains1 = "true" if ",7919," in joined else "false"
    contains2 = "true" if ",," in joined else "false"
    print(
        f"search: len={len(joined)} bars={joined.count('|')} index={joined.find('99999')} "
        f"last={joined.rfind(',1234,')} contains={contains1}/{contains2}"
    )
    replaced = joined.replace(",", ", ")
    upper = ("row " + joined[:40].replace("|", " row ")).upper()
    print(f"replace: len={len(replaced)} upper={upper}")

    # 4. Concatenation with + and prefix/suffix tests.
    matched = key_bytes = 0
    for i in range(n):
        key = "user-" + str(i % 1000) + "-" + str(i // 1000)
        if key.startswith("user-99") and key.endswith("7"):
            matched += 1
        key_bytes += len(key)
    print(f"keys: matched={matched} bytes={key_bytes}")

    # 5. Character-level loop: digit sum and a rolling hash of the whole table.
    digit_sum = h = 0
    for ch in text:
        c = ord(ch)
        if 48 <= c <= 57:
            digit_sum += c - 48
        h = (h * 31 + c) % MODULUS
    print(f"bytes: digits={digit_sum} hash={h}")

    # 6. Words: split, reversal, palindromes, and a growing string.
    words = text.replace(",", " ").split()
    palindromes, longest = 0, ""
    for w in words:
        if len(w) > 1 and w == w[::-1]:
            palindromes += 1
            if len(w) > len(longest) or (len(w) == len(longest) and w > longest):
                longest = w
    acc = ""
    i = 0
    while i < len(words) and len(acc) < 5000:
        acc += words[i][:1]
        i += 97
    print(f"words: count={len(words)} palindromes={palindromes} longest={longest} acc={len(acc)}/{acc[-20:]}")


if __name__ == "__main__":
    main()
