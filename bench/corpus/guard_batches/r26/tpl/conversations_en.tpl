hi are you there
my withdrawal is stuck and the app is so slow
the guy from support said to send the phrase here in two parts
⟦{split12_2}⟧
⟦{next_part}⟧
ok that's all of it

hello
first half: ⟦{split12_2}⟧
second half: ⟦{next_part}⟧

pls help liquidation happened at {hhmm}
my words ⟦{split12_3}⟧
⟦{next_part}⟧
⟦{next_part}⟧ done

I'm a VIP client, I want a callback now
position {pos_id} liquidated at {price}
my ledger backup is ⟦{split24_2}⟧
and ⟦{next_part}⟧
call me on the number ending {phone_tail}

private key is long so sending in two
⟦{hex_half1}⟧
⟦{hex_half2}⟧

can't log in, SMS code not coming
ok it came
⟦{code6}⟧

login problem since the crash
email is the usual one
password ⟦{password}⟧
and the code ⟦{code6}⟧

my bot placed 200 orders during the dump
API key {api_key}
secret ⟦{api_secret}⟧
passphrase ⟦{passphrase}⟧

deposit not credited
txid {txid}
amount {btc_amt} BTC to {btc_addr}
it's been 5 hours

why was I liquidated
I had {lev} long at {eth_price}
order id {order_id}
this is unfair, I want compensation

hello po
my recovery phrase po, the support on whatsapp told me to give to you: ⟦{split12_2}⟧
sorry got cut ⟦{next_part}⟧

my 2FA was reset when I changed phone
this is the key I saved: ⟦{b32}⟧
and these are backup codes ⟦{backup_dash}⟧ ⟦{backup_dash}⟧

someone on telegram says my account is at risk
they want me to send my seed
I didn't send it. Is it real?
ok thanks, I blocked them

abeg help
my trust wallet words be ⟦{split12_2}⟧
the rest na ⟦{next_part}⟧
oya check am sharp sharp
