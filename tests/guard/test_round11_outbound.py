"""Round 11, outbound: the asks blind batch r17 let through (the secret named indirectly, or the
channel named) and the safe replies it refused. Every kind has our own wordings in both languages,
none of them r17's; the genuine replies beside them use the same words and must still pass."""

from __future__ import annotations

import pytest

from app.guard import check_outbound, review_outbound
from app.guard.outbound_asks11 import round11_asks
from app.guard.textutil import ascii_lower


def codes(text: str) -> list[str]:
    return [v.code for v in check_outbound(text)]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # what a message we send holds, handed back
        ("You will receive a text with a 6-digit number shortly, just forward it to me.", "asks_otp_code"),
        (
            "An SMS containing a code is on its way to you; once it lands, send it over to me.",
            "asks_otp_code",
        ),
        ("You should get an email with a code in a minute, please pass it along to me.", "asks_otp_code"),
        ("Copy the entire SMS you just received and paste it in this chat.", "asks_otp_code"),
        ("Screenshot the whole text message from us and send it here.", "asks_otp_code"),
        ("你马上会收到一条带数字的短信，转发给我就行。", "asks_otp_code"),
        ("等下会有一条含验证码的信息，收到后发我一下。", "asks_otp_code"),
        ("把刚收到的短信内容完整复制给我。", "asks_otp_code"),
        ("短信全文原封不动地发过来就可以。", "asks_otp_code"),
        ("您会收到一封带号码的邮件，收到后告诉我。", "asks_otp_code"),
        # a number named by its role, asked back
        ("Our system is waiting for your security number, reply with it to finish.", "asks_otp_code"),
        ("Please read me the six digits you see on the screen.", "asks_otp_code"),
        ("Tell me the 6 digits that just arrived.", "asks_otp_code"),
        ("We need your authorization number to release the funds.", "asks_otp_code"),
        ("What is the confirmation number on your phone? Send it here.", "asks_otp_code"),
        ("收到的那串数字报给我就行。", "asks_otp_code"),
        ("麻烦念一下那六位数字。", "asks_otp_code"),
        ("请把授权码发给我，我这边帮您解冻。", "asks_otp_code"),
        ("安全码是多少？我这边核对一下。", "asks_otp_code"),
        ("系统在等待你的动态码，请尽快回复过来。", "asks_otp_code"),
        # the seed named by a channel of giving it
        ("Record a voice note saying your recovery words and send it to us.", "asks_seed_phrase"),
        ("Could you read out your backup phrase to me over the phone?", "asks_seed_phrase"),
        ("Let's verify your seed phrase with me, type them out one by one.", "asks_seed_phrase"),
        ("Spell out the wallet words for me in an audio message, it's quicker.", "asks_seed_phrase"),
        ("Please confirm your recovery phrase with us so we can match the wallet.", "asks_seed_phrase"),
        ("发一段语音，把助记词念一遍给我。", "asks_seed_phrase"),
        ("电话里把你的助记词读给我听就行。", "asks_seed_phrase"),
        ("把那几个词都发给我，我帮你找回。", "asks_seed_phrase"),
        ("兄弟，把单词发我，马上给你搞定。", "asks_seed_phrase"),
        ("用录音把恢复短语说一遍发过来。", "asks_seed_phrase"),
        # a secret written where we read it
        ("Write your login password and the SMS code in the ticket so we can verify you.", "asks_otp_code"),
        ("Put your 2FA code in the reply to this ticket.", "asks_otp_code"),
        ('Enter your private key in the "recovery" field on the page we sent.', "asks_private_key"),
        ("Type your seed phrase into the form I linked and press submit.", "asks_seed_phrase"),
        ("Please include your password in this chat so I can log in for you.", "asks_password"),
        ("请把登录密码和短信验证码填在工单里。", "asks_password"),
        ("把助记词写在回复里，我们来核验。", "asks_seed_phrase"),
        ("在这里把您的资金密码输入一遍。", "asks_password"),
        ("请将私钥粘贴到表单里，就是我发的那个。", "asks_private_key"),
        ("在对话框里把验证码打一下。", "asks_otp_code"),
        # a secret got ready for our call
        ("Our specialist will phone you in 5 minutes, please have your SMS code ready.", "asks_otp_code"),
        ("Have your Google code handy so you can read it to the officer when he calls.", "asks_otp_code"),
        ("When we call, have the verification code ready and tell it to the agent.", "asks_otp_code"),
        ("Please have the email code ready to give to the caller.", "asks_otp_code"),
        ("The manager will ring you; have your 2FA code at hand.", "asks_otp_code"),
        ("等会儿专员给您回电话，请准备好您的谷歌验证码。", "asks_otp_code"),
        ("客服来电时请提前备好短信验证码。", "asks_otp_code"),
        ("请准备好手机验证码，念给客服听。", "asks_otp_code"),
        ("我们马上致电您，请准备好动态码。", "asks_otp_code"),
        ("准备好您的邮箱验证码，报给工作人员。", "asks_otp_code"),
        # what a wallet shows, copied to us
        ("In MetaMask tap Show Private Key, then copy what appears and paste it here.", "asks_private_key"),
        ("Go to settings, Reveal Secret Recovery Phrase, and send me the words.", "asks_seed_phrase"),
        ("Open Phantom, choose Export Private Key and copy whatever it shows to me.", "asks_private_key"),
        ('Click "Show private key" and send it to me in this chat.', "asks_private_key"),
        ("Reveal the recovery phrase and paste the text here.", "asks_private_key"),
        ("打开钱包设置，点“导出私钥”，把出现的字符复制给我。", "asks_private_key"),
        ("在小狐狸里点查看私钥，把显示的内容发过来。", "asks_private_key"),
        ("点“显示助记词”，把弹出的内容截图发给我。", "asks_seed_phrase"),
        ("显示私钥后把出来的东西复制到聊天里。", "asks_private_key"),
        ("导出私钥以后，把显示的字符粘贴过来。", "asks_private_key"),
        # the anti-phishing code asked for
        ("What's your anti-phishing code? I'll make sure our email shows it.", "asks_otp_code"),
        ("Please tell me your anti-phishing code so I can confirm your identity.", "asks_otp_code"),
        ("Send me your anti-phishing phrase to link the account.", "asks_otp_code"),
        ("I need your anti phishing code to verify the mail.", "asks_otp_code"),
        ("Reply with your antiphishing code please.", "asks_otp_code"),
        ("你的防钓鱼码是什么？", "asks_otp_code"),
        ("请告诉我您设置的防钓鱼码。", "asks_otp_code"),
        ("把防钓鱼码发给我核对一下。", "asks_otp_code"),
        ("麻烦提供一下您的防钓鱼码。", "asks_otp_code"),
        ("防钓鱼码发我，我帮你确认邮件真假。", "asks_otp_code"),
        # our QR to approve in the wallet
        ("Scan the QR code I'm sending with your wallet and approve the transaction.", "transfer_request"),
        ("Please scan the QR we sent using Trust Wallet and confirm the request.", "transfer_request"),
        ("Scan the QR I just shared and sign it to release your refund.", "transfer_request"),
        ("请用钱包扫一下我发的二维码，然后点批准。", "transfer_request"),
        ("扫描我们发送的二维码，在钱包里点确认就能退款。", "transfer_request"),
        ("Scan the QR we sent with MetaMask and authorize it to receive your refund.", "transfer_request"),
        ("Scan the QR code I'll send you in your wallet, then accept the request.", "transfer_request"),
        ("用小狐狸扫我们发的二维码，然后授权一下。", "transfer_request"),
        ("扫我发过来的二维码，在钱包里签名确认。", "transfer_request"),
        ("扫描我分享的二维码后点同意。", "transfer_request"),
        ("Record a voice memo of your 12 words for me.", "asks_seed_phrase"),
        ("语音报一下您的助记词就可以。", "asks_seed_phrase"),
        # the hand-over told in the passive
        ("The code you receive must be forwarded to me right away.", "asks_otp_code"),
        ("Your password needs to be given to our agent for the check.", "asks_password"),
        ("The OTP should be pasted here as soon as it arrives.", "asks_otp_code"),
        ("The recovery words have to be read out to us on the call.", "asks_seed_phrase"),
        ("Your PIN can be sent to me in this chat, it's safe.", "asks_password"),
        ("验证码收到后需要转发给我。", "asks_otp_code"),
        ("密码必须提供给我们的专员。", "asks_password"),
        ("助记词要念给客服听。", "asks_seed_phrase"),
        ("您的二次验证码应当发送到这里。", "asks_otp_code"),
        ("收到的码要回复给我们。", "asks_otp_code"),
        # a picture of the page that shows the secret
        ("Please send a photo of the card with your 24 words.", "asks_seed_phrase"),
        ("Attach a screenshot of your recovery phrase so we can restore the wallet.", "asks_seed_phrase"),
        ("Share a picture of your private key, blur nothing.", "asks_private_key"),
        ("Could you upload an image of your seed phrase page?", "asks_seed_phrase"),
        ("We need a screenshot of your backup words.", "asks_seed_phrase"),
        ("请拍照助记词卡片发给我们。", "asks_seed_phrase"),
        ("把助记词页面截图发给我。", "asks_seed_phrase"),
        ("截屏私钥页面发我看看。", "asks_private_key"),
        ("拍一下私钥那页给我。", "asks_private_key"),
        ("请把写着助记词的纸拍照上传。", "asks_seed_phrase"),
        # a second set, written after the rules above, each kind again
        ("Whatever our SMS says, paste it here word for word.", "asks_otp_code"),
        ("You got an email from us with a code inside, forward that email to me.", "asks_otp_code"),
        ("You'll get a text with a code, type it here.", "asks_otp_code"),
        ("Put the words in the notes field of your ticket.", "asks_seed_phrase"),
        ("Leave your password in the ticket reply so the engineer can log in.", "asks_password"),
        ("The manager will ring you; have your 2FA code at hand.", "asks_otp_code"),
        ("刚才发给您的那条短信，原文发给我。", "asks_otp_code"),
        ("你收到的那个码直接回我就行。", "asks_otp_code"),
        ("请在工单备注里填写您的登录密码。", "asks_password"),
        ("工单里附上密码和谷歌验证码，我们好处理。", "asks_password"),
        ("接到我们电话时，把手机验证码报给对方。", "asks_otp_code"),
        ("您设置的防钓鱼码发一下，我核对。", "asks_otp_code"),
        ("用钱包扫我发的码，然后确认。", "transfer_request"),
        # a secret named, then this chat as where it goes
        ("A code just arrived on your phone, paste it straight into the chat.", "asks_otp_code"),
        # round 4 held this one; it is refused now
        ("The compliance code lands in your inbox shortly, then copy it here.", "asks_otp_code"),
        ("When the SMS code comes in, drop it in this chat.", "asks_otp_code"),
        ("Once the OTP shows up, copy it right here.", "asks_otp_code"),
        ("验证码到了以后直接粘贴到聊天框里。", "asks_otp_code"),
        ("助记词一个一个输入到这里。", "asks_seed_phrase"),
        ("刚收到的验证码，复制到对话里就行。", "asks_otp_code"),
        ("风控同事会给您打电话，他会问您收到的验证码，请告诉他。", "asks_otp_code"),
    ],
)
def test_round11_asks_are_refused(text: str, code: str) -> None:
    assert code in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        # an ask someone else made: a participle or a relative clause on the asker
        "That SMS asking for your Google code was not from us; please ignore it.",
        "Any email requesting your seed phrase is phishing. Please report it.",
        "The caller demanding your 2FA code is an impostor, hang up.",
        "A popup asking for your private key is a scam, close it.",
        "Messages telling you to move funds to a safe wallet are fake.",
        "那个让您报验证码的电话不是我们打的。",
        "索要助记词的网站都是钓鱼网站，请不要访问。",
        "要求您提供私钥的客服是假冒的。",
        "那封问您要密码的邮件是诈骗，请删除。",
        "叫你转账到安全账户的人是骗子。",
        # a TXID, a hash, a UID or an order id described by its length or its digits
        "Please send me the TXID, it's a 64-character hash.",
        "Could you share the transaction hash? It starts with 0x and is 66 characters long.",
        "Send me the order ID, the 18-digit number on the order page.",
        "Reply with your UID (the number under your avatar).",
        "Please send a screenshot of the deposit record.",
        "请把交易哈希发给我，就是0x开头的那串64位字符。",
        "请提供您的UID，就是头像下面那串数字。",
        "把订单号发我一下，18位数字。",
        "麻烦截图充值记录发给我们。",
        "把提币的TXID发过来，我帮您查。",
        # the secret named as what must not be sent, the prohibition after it
        "Tell me which network you used; the recovery phrase and private key, never send them.",
        "Share the deposit address, but your seed phrase, don't ever share it.",
        "链接和截图都可以发，助记词和私钥千万不要发。",
        "您的UID可以告诉我，密码绝对不能给任何人。",
        "网络和币种都告诉我就行，验证码一定不要告诉别人。",
        # the anti-phishing code checked by the customer in our email
        "You can check the anti-phishing code in our emails yourself: it appears at the top.",
        "Set an anti-phishing code in Security settings; every email from us will show it.",
        "请在邮件顶部自己核对防钓鱼码，和您设置的一致就是官方邮件。",
        "防钓鱼码只需要您自己核对，不要告诉任何人。",
        # the same words as warnings, refusals, the product's own pages, other things to have ready
        "If you get a message with a code you didn't request, don't share it with anyone.",
        "If anyone asks you to read out your recovery words, hang up: it's a scam.",
        "Never type your password in a ticket or a chat.",
        "不要把密码和验证码写在工单里。",
        "我们的客服来电时绝不会让您念验证码。",
        "You'll get an SMS with a code; enter it on the withdrawal page in the app.",
        "您会收到一条带验证码的短信，请在App提现页面输入。",
        "Please forward the suspicious SMS to us so our security team can check it.",
        "请把那条可疑短信截图发给我们，我们来核实。",
        "Have your ID card ready for the video verification call.",
        "回访电话前请准备好身份证。",
        "Scan the QR code on our official site to download the app.",
        "Please confirm the withdrawal in the app after scanning the QR code on the login page.",
        "Record a short video of your face holding your ID for the KYC review.",
        "Your referral code is in Profile > Invite; share it with friends.",
        "Once you've changed your password in the app, reply to me here.",
        "改好密码后回复我一下。",
        # the passive and the picture kinds: the same words, no hand-over to us
        "Please send a screenshot of the deposit page.",
        "截图发给我们之前，请遮住助记词。",
        "The code you receive must be entered on the withdrawal page.",
        "Your new password should be given to nobody.",
        "Keeping a photo of your recovery phrase in the cloud is the same as handing the wallet over.",
        # the second set's genuine replies
        "You'll get an SMS with a code; type it into the app, not here.",
        "The confirmation number for your P2P order is in the order details; send me that order number.",
        "Please reply to this ticket with your UID and the order number.",
        "Write the TXID in the ticket so the team can trace the deposit.",
        "Have your ID and the deposit TXID ready when we call.",
        "Please send a voice message describing what happened, no codes or passwords.",
        "If you prefer, read out your UID on the call.",
        "You can copy the whole error message here so I can check it.",
        "接到自称客服的电话时，不要把验证码报给对方。",
        "如果接到电话要您把验证码报给对方，那是诈骗。",
        "请把报错信息截图发给我。",
        "请在工单里写明您的UID和问题。",
        "你收到的那个码在App里输入就行。",
        "来电时我们只会核对您的UID，不会问验证码。",
        "您收到的邮件里会显示防钓鱼码，请自行核对。",
        "请在工单里附上充值截图和TXID。",
        # this chat named as where a thing goes that is no secret, or where a secret must not go
        "If the referral code is rejected, paste it here and I'll check whether it expired.",
        "短信验证码收到后在App里输入，不用发在这里。",
        "If a code arrives, never paste it here.",
        "The code is on its way; enter it in the app, not here.",
        "Copy the TXID and paste it here.",
    ],
)
def test_round11_genuine_replies_pass(text: str) -> None:
    review = review_outbound(text, model=False)
    assert not review.blocked and not review.held, (review.blocked, review.held)


@pytest.mark.parametrize(
    "text",
    [
        "If anyone asks you to read your recovery words out on a call, hang up.",
        "Scammers say: 'copy the whole SMS here'. We never do.",
        "骗子会让你把短信内容整条复制过去，千万别照做。",
        "客服从不会让您在工单里写密码和验证码。",
    ],
)
def test_round11_asks_under_a_warning_pass(text: str) -> None:
    assert not check_outbound(text)


def test_round11_rules_find_their_kind_alone() -> None:
    """The module reads each kind itself (not only through the older rules): one wording per kind."""
    found = {
        ask.code
        for text in (
            "You'll get a message with a number, forward it to me.",
            "Please read me the six digits you see.",
            "Send a voice note reading your recovery words.",
            "把助记词写在工单里。",
            "Have your SMS code ready for the agent who calls you.",
            "What's your anti-phishing code?",
            "Scan the QR code I'm sending and approve it in your wallet.",
        )
        for ask in round11_asks(ascii_lower(text))
    }
    assert found == {"asks_otp_code", "asks_seed_phrase", "transfer_request"}
