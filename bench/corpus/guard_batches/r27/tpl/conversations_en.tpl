## r27 conversations, English: blank line between conversations; {gen#t} binds, {#t[a:b]} splits
# r27 (guardeval27) - customer conversations
hi I'm locked out, lost my phone yesterday
the authenticator was on it
ok here's the first half of my phrase ⟦{seed12#s[0:6]}⟧
hmm wait, this is for the wallet app too, the rest: ⟦{#s[6:12]}⟧

new SIM today, old number ported
it says enter SMS code
the code is ⟦{code6}⟧
still says wrong. UID {uid} if that helps

my father's account, he died in {date}
I'm the executor, I have the certificate
his notebook has a page: ⟦{seed24#d[0:12]}⟧
and the next page ⟦{#d[12:24]}⟧ - is that for your site?

withdrawal of {amt} {coin} held since friday
order id {order}
why is it held?? I verified everything
I even set a new fund password ⟦{pin6}⟧ on {date}

my bot stopped trading, sub-account bot1
API key {apikey}
secret ⟦{apisecret#k(0:16)}⟧
⟦{#k(16:32)}⟧ sorry it got cut
passphrase ⟦{passphrase}⟧

someone on telegram says he's a recovery agent from you
he wants me to install anydesk
is he real? I haven't installed anything
my uid is {uid}

private key of the wallet I withdrew to:
⟦{hexkey#h(0:32)}⟧
⟦{#h(32:64)}⟧
can you pull the {coin} back from there?

lost phone, lost authenticator
I have the backup codes though
⟦{backup}⟧
⟦{backup}⟧ that one maybe

KYC keeps failing at the face step
I've tried 4 times today
is it because I dyed my hair lol
ticket {ticket}

pass ⟦{pw}⟧
email {email}
please, I'm travelling and everything is frozen

my recovery words
1. ⟦{seed12#n[0:1]}⟧ 2. ⟦{#n[1:2]}⟧ 3. ⟦{#n[2:3]}⟧ 4. ⟦{#n[3:4]}⟧ 5. ⟦{#n[4:5]}⟧ 6. ⟦{#n[5:6]}⟧
7. ⟦{#n[6:7]}⟧ 8. ⟦{#n[7:8]}⟧ 9. ⟦{#n[8:9]}⟧ 10. ⟦{#n[9:10]}⟧ 11. ⟦{#n[10:11]}⟧ 12. ⟦{#n[11:12]}⟧

I got an email with the anti-phishing code {aph} on top
it says confirm withdrawal to {eth}
I didn't ask for any withdrawal
is it real?

deposit missing
hash {txid}
sent to {eth}
it's been 3 hours

the 2fa setup key i saved is
⟦{b32_32#t(0:16)}⟧
⟦{#t(16:32)}⟧
i hope that's enough to move it to the new phone
