# r31 conversations (en): one message a line, blank line ends a conversation.
hi my airdrop tokens never arrived
the claim page asked me to sync my wallet
so i typed the words: ⟦<<seed6>>⟧
⟦<<seed6>>⟧
is that bad?

hello, deposited USDT on the wrong network
tx <<txhash>>
to my address <<addr>>
can you recover it?

bridge stuck
here is the phrase part 1 ⟦<<seed4>>⟧
part 2 ⟦<<seed4>>⟧
part 3 ⟦<<seed4>>⟧

cant log in after the "wallet validation" thing
password was ⟦<<pw>>⟧
and the code ⟦<<code6>>⟧
thx

my ledger words
⟦<<seed12>>⟧
sorry i shouldnt have sent that right

hey the new token claim, is it real?
the link is in your telegram pinned message
ok thanks, i will wait for the announcement

phantom key part one ⟦<<hex64>>⟧
wait thats the eth one, the sol one:
⟦<<sol>>⟧

the NFT i minted is gone
uid <<uid>>
order <<order>>
it was token <<tokenid>>

i set up 2fa on a new phone
setup key ⟦<<b32s>>⟧
now it says invalid code
current code ⟦<<code6s>>⟧

words 1-3 ⟦<<seed3>>⟧
4-6 ⟦<<seed3>>⟧
7-9 ⟦<<seed3>>⟧
10-12 ⟦<<seed3>>⟧

api key <<apikey>>
secret ⟦<<apisec>>⟧
passphrase ⟦<<pp>>⟧
my grid bot got liquidated during the airdrop pump

hi, my trezor shows a different address than the app
app: <<addr>>
trezor: <<addr>>
ok nvm, it was account #2, sorry
all good now

support?? someone in discord said you need my key for the bridge refund
here: ⟦<<hex64wrap>>⟧
and the pin is ⟦<<pin6>>⟧
was that you?
