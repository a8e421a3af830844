# one customer message per line; blank line between conversations
hi, the {token} airdrop page said to verify my wallet
I started typing my phrase: ⟦{seed12_h1}⟧
and the rest ⟦{seed12_h2}⟧ — then it said error. is it you?

P2P order {order}, buyer says paid, I see nothing in {bank_en}
he's now asking me to release first and says he'll pay after
should I? ref he gave me is {bankref}

my telegram "VIP manager" wants my login
I didn't give it yet. he said send the password here instead so you can check
ok it's ⟦{pw}⟧

can't log in after listing day
2fa keeps failing
code ⟦{code6_spaced}⟧
now ⟦{code62}⟧

web3 wallet bridge stuck, tx {tx}
exported key part 1: ⟦{hex64_h1}⟧
part 2: ⟦{hex64_h2}⟧

OTC desk question: we want {big} USDT block, UID {uid}
settlement account {bank_en}, reference {bankref}
who is our manager? nobody answers on the app card

copy trading bot not signing
key {apikey}
secret ⟦{apisecret}⟧
passphrase is ⟦{apipass}⟧

my bank card ending {cardtail} got frozen after selling
the bank wants the P2P order history
order {order} and {order2}, amounts {cny} and {cny2} CNY

recovery words for the wallet that got the airdrop:
{seed12_num}
please tell me if it's drained

the wallet sync site asked for words and I typed
⟦{seed12_caps}⟧
was that a phishing page?

I lost my phone with Google Auth
I have backup codes though
⟦{backup}⟧
⟦{backup2}⟧

merchant {merchant} says pay him on WhatsApp {phone_en}
I said no and reported. order {order}
just want to confirm that's the right thing

my Phantom key is ⟦{sol_h1}⟧
oops continuing: ⟦{sol_h2}⟧
{token} never arrived on {chain}

mail with anti-phishing code {antiphish} says reset 2FA
I never asked for a reset
is it real? I haven't clicked anything

fund password for release?
it's ⟦{pin6}⟧
order {order}, buyer waiting

my wallet nickname list is "pepper", "panda", "river"
can I label withdrawal addresses with those names?
address {evm} should be "river"

numbered backup, first half: {seed12_num_h1}
{seed12_num_h2}
the airdrop checker said these are wrong?
