# r24 conversations_en: consecutive customer messages; a blank line ends a conversation (guardeval24).
hi
my wallet got hacked, all my USDT gone
{set_seed12@a}the words are ⟦{part@a:1/2}⟧
⟦{part@a:2/2}⟧
can you trace it?

Hello, I can't import my web3 wallet
{set_seed12@a}first part: ⟦{part@a:1/3}⟧
second: ⟦{part@a:2/3}⟧
last: ⟦{part@a:3/3}⟧
it says invalid phrase

{set_seed12@a}⟦{part@a:1/4}⟧
⟦{part@a:2/4}⟧
⟦{part@a:3/4}⟧
⟦{part@a:4/4}⟧
sorry my keyboard sends every line

good morning. My deposit {txhash} has not arrived
it's {amount} USDT on ERC20
the address I used is {eth}
ok I'll wait, thanks

{set_seed24@a}I have a 24 word phrase from my ledger
1-12: ⟦{part@a:1/2}⟧
13-24: ⟦{part@a:2/2}⟧
can exchange recover the funds

I can't login
{set_pw@p}password ⟦{part@p:1/1}⟧
email {email}
still says wrong

withdrawal needs a code
{set_code6@c}code ⟦{part@c:1/1}⟧
it expired? now new one ⟦{code6}⟧

My bot stopped working
API key {api_key}
secret ⟦{api_secret}⟧
and passphrase is ⟦{api_pass}⟧
error is invalid sign

The P2P seller still hasn't released
order {order}
I paid {amount} MYR by bank transfer at {time}
here's the bank reference {memo}
please help, it's been an hour

{set_seed12@a}ok so the seed starts with ⟦{part@a:1/3}⟧
then ⟦{part@a:2/3}⟧
and ends ⟦{part@a:3/3}⟧
why is the balance zero?
did I get scammed

hello this is my father's account, he passed away
we found a paper in his drawer
{set_seed12_caps@a}⟦{part@a:1/2}⟧
⟦{part@a:2/2}⟧
is there money on it? he used your exchange

I lost my phone, how to reset 2FA
I have the backup key from when I set it up
⟦{totp}⟧
also recovery code ⟦{backup}⟧

account frozen!!!
UID {uid}
why??? I only did a P2P trade {order}
i need my money for rent

hey the telegram "agent" told me to type the words here
{set_seed12@a}⟦{part@a:1/2}⟧
wait is that right
⟦{part@a:2/2}⟧
ok done

Solana deposit issue
my phantom wallet {sol}
private key ⟦{sol_key}⟧
can you move my SOL

I got liquidated
BTCUSDT {lev}x long at {price}
the wick was fake, your price only
I want compensation

{set_seed12@a}1. ⟦{part@a:1/6}⟧
3. ⟦{part@a:2/6}⟧
5. ⟦{part@a:3/6}⟧
7. ⟦{part@a:4/6}⟧
9. ⟦{part@a:5/6}⟧
11. ⟦{part@a:6/6}⟧
(I'm sending pairs of words, two per message)

login issue
{set_pw@p}pass is ⟦{part@p:1/1}⟧
also fund password ⟦{pin6}⟧
and the sms ⟦{code6}⟧
