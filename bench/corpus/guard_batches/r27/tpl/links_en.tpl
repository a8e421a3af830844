## r27 links, English: flag| look-alike of exchange.example, ok| fine links
# r27 (guardeval27) - customer messages with links
flag|got a mail saying my account is frozen, link is https://exchange-example.com/unlock - legit?
flag|is https://exchnage.example/login your site? the recovery agent sent it
flag|they told me to do KYC at https://exchange.example.kyc-review.net/start
flag|this one: http://exchange.examp1e/2fa-reset
flag|support on X sent https://secure-exchange.example.co/verify?uid={uid}
flag|the SMS had a link https://exchange-example.support/withdrawal/{order}
flag|https://exchange.example@account-restore.io/login - clicked it but didn't type anything
flag|www.exchange-examples.com/help said my withdrawal is held, is that you?
flag|https://xn--exchnge-8wa.example/login looked right in the browser bar
flag|found "official recovery" at exchange.example-recovery.org, is it yours?
flag|the telegram bot gave me https://exchangeexample.app/claim for the inheritance form
flag|link from a "support" email: https://login.exchange.example.verify-id.com/session
flag|https://exchange.exarnple/security - is that your new domain?
flag|they said the API bot portal moved to https://api-exchange.example.tools/keys
flag|http://exchange.example.com.secure-login.ru/unlock
ok|I followed https://exchange.example/support/2fa-reset but it asks for a selfie video, is that normal?
ok|the help article https://www.exchange.example/help/kyc-reverification says 48h, is that still true?
ok|my tx: https://etherscan.io/tx/{txid_0x}
ok|is https://exchange.example/announcements/{order} the maintenance notice for today?
ok|deposit on tron: https://tronscan.org/#/transaction/{txid}
ok|I read https://help.exchange.example/articles/inheritance before writing this
ok|the app link https://exchange.example/download - is it the same as the play store one?
ok|https://www.exchange.example/account/security just shows a spinner on my phone
ok|solscan shows it arrived: https://solscan.io/tx/{solkey}
ok|I set up Authy from https://authy.com/download - fine?
ok|bitcoin tx https://mempool.space/tx/{txid}
ok|your status page https://status.exchange.example says all systems ok but I can't log in
ok|API docs https://www.exchange.example/docs-v5/en/#rest-api-authentication say the passphrase is case sensitive?
ok|followed the guide at https://exchange.example/learn/anti-phishing-code to set mine
ok|the police report form is at https://www.actionfraud.police.uk/ I filed one
