hi my account got hacked
someone changed the email and withdrew everything
UID {uid}
the support guy on telegram said to send the words so he can freeze the attacker
first half: ⟦{seed12:1|h1}⟧
and ⟦{seed12:1|h2}⟧
was that wrong??

hello, I see a login from {ip} that isn't me
I already changed my password
do I need to do anything else? the withdrawal whitelist looks fine
ok thanks, I turned on the 24h lock

pls lock my account
my pass is ⟦{pw:1|left}⟧
⟦{pw:1|right}⟧
sorry it got cut
just lock it, they're logging in right now

my phone has no signal since last night
carrier says a new SIM was issued in a store I've never been to
now I'm getting emails about password reset
case number from the carrier is {police}
what should I do on your side?

the code that just came is
⟦{code6:1|half3}⟧
I didn't request it
should I give it to the agent who called me?

i have the private key of the drained wallet if that helps
⟦{hex64:1|left}⟧
⟦{hex64:1|right}⟧
it's the one that sent to {eth}

someone added an address to my whitelist
{trx}
I never use tron
and there is a new device {device}
please remove both

the recovery company asked me to verify my seed with you first
it's ⟦{seed24:1|h1}⟧
rest: ⟦{seed24:1|h2}⟧
they said you'd confirm it's "clean"

my email was hijacked, gmail
I got it back 10 min ago
the exchange emails they got include one with code {antiphish} at the top
does that mean they saw my anti-phishing code?

1. ⟦{seed12:1|h1}⟧
2nd line ⟦{seed12:1|h2}⟧
those are my words, please check nothing was restored on another device

police report done, ref {police}
they want the withdrawal tx ids
{txhash}
{txhash}
is that all of them?

2fa secret for my GA in case you need to reset: ⟦{totp:1|left}⟧
⟦{totp:1|right}⟧
thanks

api key {apikey}
secret ⟦{apisecret}⟧
passphrase is ⟦{passphrase}⟧
the bot made trades I didn't authorise, delete the key
