# r17 blind batch - customer messages of one conversation, one per line; a blank line ends it.
hi my wallet is empty
i'll give you the words
⟦<<seed12#a[0:6]>>⟧
⟦<<seed12#a[6:12]>>⟧
that's all 12

the recovery phrase part 1: ⟦<<seed12#b[0:4]>>⟧
part 2 ⟦<<seed12#b[4:8]>>⟧
and ⟦<<seed12#b[8:12]>>⟧

ok here is the first half ⟦<<seed24#c[0:12]>>⟧
second half: ⟦<<seed24#c[12:24]>>⟧
did it work?

you asked for the code?
⟦618 204⟧

which one, the sms or google?
sms
⟦703391⟧

my password is
⟦Gingerbread#31⟧
sorry pressed enter too early

hi, deposit missing
TXID <<txid>>
network TRC20, amount 800 USDT
thanks, I'll wait

I can't log in
it says wrong password
but I'm sure it's ⟦Halloween_1031⟧
can you check

words from my backup card:
⟦<<seed12#d[0:3]>>⟧
⟦<<seed12#d[3:6]>>⟧
⟦<<seed12#d[6:9]>>⟧
⟦<<seed12#d[9:12]>>⟧

so I set up the bot
api key ⟦<<uuid>>⟧
and the secret is
⟦<<apihex>>⟧

I lost my phone
the authenticator key was
⟦<<b32group>>⟧
can you move it

hello
my uid is <<uid>>
withdrawal order <<order>> stuck
screenshot sent
ok

here is the private key, my phone keeps adding spaces
⟦<<hex64#e|spaced_digits>>⟧
sorry that was with spaces, here again without: ⟦<<hex64#e>>⟧

phrase: ⟦<<seed12#g[0:7]>>⟧
⟦<<seed12#g[7:12]>>⟧ <- rest

got the email code
⟦two eight one⟧
⟦five five zero⟧
is that enough
