"""English BIP39 words as people actually type them: misspelt, or run together without spaces.

* A misspelt word ("abilty", "abandn", "wheeel", "jyo") is one edit (insert, delete, substitute, swap
  two neighbours) away from a wordlist word. Candidates come from a symmetric-delete index (every
  word and every word with one letter deleted), verified with the optimal-string-alignment
  distance. BIP39 also makes the first four letters of every word unique, so a token of four or
  more letters whose first four letters start exactly one word is a candidate too.
* Common English words that are not in the wordlist ("with", "from", "your", "would") are never
  read as misspellings: they are what breaks a run of wordlist words in ordinary prose, and
  "with" is one edit from "wish". Two-letter tokens are never corrected.
* Words run together ("INVITEEQUIPWHEEL...", CamelCase, zero-width spaces removed) are split back
  into wordlist words by dynamic programming; the split must use the whole token.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Final

from .confusables import osa_distance
from .wordlists import english_words

# Common English words (and chat words) that are NOT BIP39 words but are one edit from one; they
# must keep breaking runs of wordlist words. Words that are in the wordlist are dropped at load.
_COMMON_TEXT: Final = """
    with from your would their them than been were said does done each many most much must
    such very what when were will also here there these those then they this that have into
    only over some time what with about after again being below between both could down during
    further have having here hers herself himself itself just more myself once other ours same
    should themselves through under until upon whom why yours yourself yourselves ever every
    never always often sometimes maybe still already soon later today tomorrow yesterday thing
    things something anything nothing everything someone anyone everyone nobody please thanks
    thank hello dear okay yeah yes sure right wrong help helped helping need needs needed want
    wants wanted know knew known think thought make made take took taken give gave given send
    sent sends sending tell told told call called ask asked asking show showed shown find found
    keep kept let lets seem seems feel felt look looks looked come came gone going goes went get
    gets got getting put puts say says see seen saw use used uses using try tried tries work
    works worked working wait waited waiting check checked checking fix fixed open opened close
    closed closing lose losing lost steal stole stolen hack hacked scam scammed scammer scammers
    login logins logged password passwords code codes account accounts wallet wallets funds
    money coin coins token tokens crypto bitcoin ether ethereum tether usdt order orders trade
    trades trading deposit deposits deposited withdraw withdrew withdrawal withdrawals transfer
    transfers transferred balance balances address addresses network networks chain fees fee
    support agent agents team service customer email emails phone number numbers message
    messages reply replied answer answered problem problems issue issues error errors reason
    because since while though although unless whether either neither within without around
    across against along among behind beyond inside outside toward towards onto near next last
    first second third another same different new old good bad great little long short high low
    big small large early late real true false sorry hope hoping wish wished able unable cannot
    shall might ought isnt dont doesnt didnt cant wont wouldnt couldnt shouldnt havent hasnt
    arent wasnt werent thats whats theres heres lets youre theyre were weve youve ive ill youll
    theyll hes shes its im id youd hed shed wed theyd mine yours his hers ours theirs myself
    hour hours minute minutes second seconds days weeks months years week month year night
    morning evening afternoon tonight today now then when where why how which who whose what
    app apps website site page pages link links click clicked screen photo picture video file
    files document documents card cards bank banks cash price prices amount amounts total
    verify verified verification confirm confirmed confirmation review reviewed pending
    process processed processing complete completed failed fail fails success successful
    frozen freeze locked lock unlock unlocked blocked block restricted limit limits level
    kyc uid id ids tx txid hash hashes memo tag tags qr otp sms pin pins usd usdc eth btc bnb
    sol trx xrp doge ada dot matic the and for are but not you all any can her was one our out
    day get has him his how man new now old see two way who boy did its let put say she too use
    dad mom why yes yet ago got lot own per via etc pls thx omg lol idk btw tho coz cuz abt
    words phrases seeds keys backup recovery mnemonic restore import export
"""
_COMMON: Final = frozenset(_COMMON_TEXT.split())


@cache
def common_non_words() -> frozenset[str]:
    """Common words that are not in the wordlist: never corrected to a wordlist word."""
    return frozenset(w for w in _COMMON if w not in english_words())


@cache
def _delete_index() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for word in english_words():
        index.setdefault(word, []).append(word)
        for i in range(len(word)):
            index.setdefault(word[:i] + word[i + 1 :], []).append(word)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _prefix4() -> dict[str, str]:
    return {w[:4]: w for w in english_words() if len(w) >= 4}


@lru_cache(maxsize=8192)
def corrections(token: str) -> tuple[str, ...]:
    """Wordlist words ``token`` (lower-case ASCII letters) is a misspelling of; empty if none.

    A word of the list is its own only correction.
    """
    words = english_words()
    if token in words:
        return (token,)
    if len(token) < 3 or token in common_non_words():
        return ()
    ocr = _ocr_readings(token)
    if ocr:
        return ocr
    index = _delete_index()
    found: set[str] = set(index.get(token, ()))
    for i in range(len(token)):
        found.update(index.get(token[:i] + token[i + 1 :], ()))
    out = {w for w in found if osa_distance(token, w, 2) <= 1}
    prefix = _prefix4().get(token[:4])
    if prefix is not None and abs(len(prefix) - len(token)) <= 2:
        out.add(prefix)
    return tuple(sorted(out))


# What OCR (a photo of the recovery sheet) and look-alike typing make of letters: "m0ment", "c1iff",
# "rnask" (m), "vvhale" (w), "cIimb" (a capital I, lower-cased to i, for l).
_OCR: Final = (
    ("0", "o"),
    ("1", "l"),
    ("1", "i"),
    ("rn", "m"),
    ("vv", "w"),
    ("cl", "d"),
    ("ii", "il"),
    ("ii", "li"),
    # round 4: a capital I read for l ("actuaI", "Iock": lower-cased to i), v for u ("svffer")
    ("i", "l"),
    ("v", "u"),
)


def _ocr_readings(token: str) -> tuple[str, ...]:
    """Wordlist words ``token`` reads as once OCR's usual confusions are undone (one kind at a time,
    every occurrence, then at most one more ordinary edit for a digit-free result)."""
    out: set[str] = set()
    words = english_words()
    for a, b in _OCR:
        if a in token:
            fixed = token.replace(a, b)
            if fixed in words:
                out.add(fixed)
            elif not any(ch.isdigit() for ch in fixed) and fixed != token:
                out.update(w for w in corrections(fixed) if w != fixed)
    return tuple(sorted(out))


@lru_cache(maxsize=16384)
def ocr_exact(token: str) -> str | None:
    """The one wordlist word ``token`` reads as once one kind of OCR confusion is undone, if any
    ("actuai" -> "actual", "svffer" -> "suffer"); no further edit (cheap: a few replacements)."""
    words = english_words()
    found = {fixed for a, b in _OCR if a in token and (fixed := token.replace(a, b)) in words}
    return found.pop() if len(found) == 1 else None


_MIN_JOINED: Final = 10  # shorter tokens are read as one word


@lru_cache(maxsize=8192)
def split_joined(token: str) -> tuple[str, ...]:
    """``token`` split into two or more wordlist words, using all of it; empty if it cannot be.

    Prefers the split with the fewest words (longest words first), which is the natural reading
    of a phrase whose spaces were lost.
    """
    n = len(token)
    if n < _MIN_JOINED or token in english_words():
        return ()
    words = english_words()
    never = n + 1
    count = [0] + [never] * n  # fewest words covering token[:i]
    prev = [-1] * (n + 1)
    for i in range(n):
        if count[i] == never:
            continue
        for j in range(i + 3, min(n, i + 8) + 1):
            if count[i] + 1 < count[j] and token[i:j] in words:
                count[j], prev[j] = count[i] + 1, i
    if count[n] == never or count[n] < 2:
        return ()
    cuts: list[tuple[int, int]] = []
    j = n
    while j > 0:
        cuts.append((prev[j], j))
        j = prev[j]
    return tuple(token[i:j] for i, j in reversed(cuts))
