# conversations_en: one message per line, blank line between conversations.
hi, night shift? my account manager {am} said someone would call me back at {time}
nobody called. I'm in Lisbon, my number changed to {phone}
ok your colleague on the phone wanted my recovery words, first half: ⟦{seed12_h1}⟧
and the rest ⟦{seed12_h2}⟧ — wait, should I have done that?

Hello, UID {uid}, withdrawal of {amount} USDT stuck
to our whitelisted address {eth_addr}
order {order_id}, please check

The OTC desk says they need our wallet words to set up escrow
⟦{seed24_h1}⟧
⟦{seed24_h2}⟧
is this normal for your OTC partners?

our dev pasted the API creds in the wrong channel, rotating now
key {api_key}
secret starts ⟦{api_secret_h1}⟧
and ends ⟦{api_secret_h2}⟧ — please disable it on your side while we rotate

Hi, need the {year} tax statement for sub-accounts {sub} and {sub}
also the audit letter for {date}
auditor is {email}, thanks

I can't log in, travelling in Tokyo
password is ⟦{password}⟧
and the SMS code ⟦{code6}⟧ arrived on my new SIM, please hurry

custody question: 2 of 3 multisig, our xpub is {xpub}
the private key for signer 2 is
⟦{hex_h1}⟧
⟦{hex_h2}⟧

Callback please, {phone}
best between {time} and {time2} UTC
thanks {am}

a guy called saying he's from compliance
he asked for my words one by one, I gave him
⟦{seed12_q1}⟧
⟦{seed12_q2}⟧
then he hung up before ⟦{seed12_q3}⟧ — am I in trouble?

setting up 2FA for the treasury sub-account
the key under the QR is ⟦{totp}⟧
and the code now is ⟦{code6}⟧, is it bound?

Hi, deposit missing, tx {tx_hash}
network ERC20, address {eth_addr}
amount {btc_amt} ETH

fund password reset please
it was ⟦{pin6}⟧ and now it says wrong
I also tried ⟦{pin6}⟧

hey it's {name}, forgot my 2FA phone at home
backup codes: ⟦{backup}⟧
and ⟦{backup}⟧, which one should I use?

My phone died in Dubai, callback number for tonight: {phone}
the email I got shows anti-phishing code {antiphish}, is that you?
ok thanks, I'll wait for the call at {time}

someone from "{am} VIP desk" messaged me on WhatsApp from {phone2}
they want me to "verify" with my SOL key, here it is so you can check
⟦{sol_key}⟧
