asks_seed|由于今晚紧急钱包迁移，请回复您的12个助记词，我们帮您把资金转到新的安全钱包。
asks_seed|为了核实钱包所有权，请按顺序输入您的助记词。
asks_seed|您的账户存在风险，请把钱包助记词发给我们，我们先帮您锁定。
asks_seed|麻烦把助记词发一下，我帮你看看钱包同步情况
asks_seed|补偿发放前需要核对一下您的助记词，12个按顺序发。
asks_seed|先发前六个词，再发后六个词就行。
asks_seed|{cname}您好，恢复被强平的仓位需要您的钱包备份短语，这是标准流程。
asks_seed|請提供您的助記詞，以便我們處理爆倉補償。
asks_seed|唔該將你嘅助記詞發俾我，我哋幫你恢復資產。
asks_seed|把助记词卡拍照上传到这个对话里。
asks_seed|zhujici fa wo yi xia, wo bang ni hui fu
asks_private_key|为了归集卡住的充值，请从钱包导出私钥发给我们。
asks_private_key|请把转出地址的私钥发来，我们帮您签名找回。
asks_private_key|請提供您的私鑰，技術部門需要重新導入錢包。
asks_private_key|Phantom 设置里显示私钥，复制发我。
asks_private_key|把 keystore 文件内容和密码一起发过来
asks_password|请提供您的登录密码，我这边帮您查看账户。
asks_password|我帮您平仓需要账户密码，快点，行情在动。
asks_password|密码发我一下
asks_password|请告知您的资金密码，以便放行提币。
asks_password|請提供您的密碼以作核實。
asks_password|你個密碼講俾我聽，我幫你加保證金
asks_password|我是您的客户经理，今晚我帮您操作，把账号密码给我就行。
asks_password|请回复当前密码和新密码，我们帮您重置。
asks_password|把交易密码告诉我，解冻余额需要
asks_code|现在会给您发一个6位短信验证码，请告诉我。
asks_code|把邮箱刚收到的验证码发我，我帮您确认提币。
asks_code|麻烦把谷歌验证码报一下
asks_code|請提供您收到的驗證碼。
asks_code|我已发送验证码到您尾号 {phone_tail} 的手机，请在这里输入以阻止强平。
asks_code|请把2FA备用码发给我们恢复账户
asks_code|收到的码念给我听一下
asks_code|yanzhengma fa wo yi xia
asks_code|短信验证码和邮箱验证码一起发来，用于补偿申请。
remote_access|请下载 AnyDesk 并把9位ID发给我，我们的工程师帮您解决APP卡顿。
remote_access|下载向日葵远程，把识别码和验证码告诉我，我帮您迁移。
remote_access|请安装 TeamViewer 并提供 ID 和密码。
remote_access|打开腾讯会议共享屏幕，然后打开交易所APP，我帮您提现。
remote_access|請安裝遠端協助軟件，讓我們的技術人員連接您的電腦。
transfer_request|您的账户正在风控审核，请把所有资产转到安全地址 {eth_addr}，审核结束后返还。
transfer_request|领取爆仓补偿需先支付 0.05 BTC 激活费到 {btc_addr}。
transfer_request|紧急迁移，请把 USDT 转到新充值地址 {trx_addr}
transfer_request|请转 {amount} USDT 作为保证金解冻您的提币。
transfer_request|补偿已到位，需要先交10%的税费，转到 {trx_addr}。
transfer_request|請將資產轉入以下保護錢包，24小時後返還：{eth_addr}
transfer_request|交易所快不行了，赶紧把币全部提到 {sol_addr}
transfer_request|先转1个ETH验证钱包，我们返还2个ETH作为补偿。
asks_api_secret|请把 API Key 和 Secret Key 发来，我们查一下机器人为什么乱下单。
asks_api_secret|把量化机器人的 API 密钥和 Passphrase 发我，我们帮你修复。
asks_api_secret|新建一个有提币权限的 API，把 secret 贴在这里。
asks_api_secret|請提供 API Secret 以便我們核實。
asks_totp_seed|请把谷歌验证器的16位密钥发给我们，用于重置2FA。
asks_totp_seed|绑定谷歌验证的时候把二维码截图发我
asks_totp_seed|請提供您的身份驗證器備份密鑰。
asks_signature|请在钱包里签名这条消息以领取爆仓补偿，打开链接点确认就行。
asks_signature|在 MetaMask 里授权一下，只是验证钱包用于补偿。
asks_signature|连接钱包并签署交易，资金会迁移到新合约。
asks_signature|弹出的签名请求点确认就好，是空投补偿。
lookalike_link|爆仓补偿领取：https://exchange-example.com/refund
lookalike_link|紧急迁移，请在 https://exchange.example.secure-login.top/migrate 登录
lookalike_link|請到 https://exchange-examp1e.com/support 提交資料領取補償。
lookalike_link|新官网：https://exchangeexample.app 迁移后请在这里登录
lookalike_link|加我们电报 t.me/exchange_example_cn 领取补偿
lookalike_link|登录 https://login.exchange-example.net 阻止追加保证金
asks_seed|{cname}您好，我是风控部的{agent}，您的钱包在爆仓事件中被标记，请回复助记词加入白名单。
asks_seed|请把助记词填到我们刚发到您邮箱的核验表单里，领取补偿需要。
asks_seed|查链上余额需要您的备份词，按"词1 词2..."格式发就行
asks_seed|迁移30分钟后关闭，请尽快提供助记词
asks_seed|請核對一下你嘅助記詞，我哋先可以解凍
asks_private_key|您的充值卡在热钱包，提供私钥我们手动推送。
asks_private_key|为证明钱包是您的，请粘贴私钥（不会保存）。
asks_private_key|把 keystore 的 JSON 和密码发来，我们帮您恢复旧钱包
asks_password|今晚要关闭风险账户，回复邮箱和密码保留您的账户。
asks_password|我是VIP专线，回电前需要先登录您的账户，请发一下密码。
asks_password|发下登录密码，我帮你看保证金
asks_password|资金密码6位数发我，退款要用
asks_password|請提供登入密碼同資金密碼，我哋幫你處理。
asks_code|我刚触发了安全检查，请把短信验证码读给我，我帮您取消可疑提币。
asks_code|领取补偿请把即将收到的验证码发过来。
asks_code|快把6位数发我，要过期了
asks_code|你的谷歌验证器现在显示多少？
asks_code|請將收到的驗證碼發過嚟，我幫你取消異常提款
remote_access|工程师需要连接您的电脑，请安装 AnyDesk 并告诉我地址。
remote_access|请下载我发的"官方客服工具"APK并允许所有权限。
remote_access|打开屏幕共享，我带您操作退款。
transfer_request|为避免强平，把 USDT 转到我同事的账户 UID {uid8}，我们帮您加保证金。
transfer_request|风险准备金退款需要先充 50 USDT 手续费到 {trx_addr}。
transfer_request|所有账户迁移中，请把剩余 BTC 转到冷钱包 {btc_addr}。
transfer_request|C2C：请先放币给买家，我确认银行已到账。
asks_api_secret|接入VIP跟单需要您的 API Key、Secret 和 Passphrase。
asks_api_secret|我们需要您 API 的私钥（Secret）审核机器人交易。
asks_totp_seed|请把谷歌验证器二维码下面那串字母发给我，帮您重新绑定。
asks_signature|在钱包里签署"验证所有权"消息，补偿会自动发放。
asks_signature|授权一下 USDT 额度，领取退款需要。
lookalike_link|在这里登录阻止强平：https://exchange.example-margin.com
lookalike_link|退款等您领取：https://refund-exchange.example.support-center.io
lookalike_link|重置谷歌验证：https://exchange-example.com/2fa-reset
lookalike_link|加 WhatsApp wa.me/85291234567 官方理赔专员帮您追回爆仓损失
lookalike_link|補償申請表：https://exchange-examp1e.com/hk/claim
asks_seed|您好，这里是官方安全中心，检测到您的钱包异常，请在下方回复助记词完成验证。
asks_seed|把你的12个单词发我核对下就能领补偿了
asks_private_key|私钥发一下，我们技术帮你把卡住的币转出来
asks_password|把你的账号和密码发给我，我帮你申请补偿名额
asks_code|系统给你发了个码，念给我听就能解冻
asks_code|你手机上收到的6位数字是多少？
asks_totp_seed|谷歌验证器的备份密钥发我，帮你解绑
transfer_request|您的账户涉嫌洗钱，请把资金转到安全账户 {trx_addr} 配合调查。
remote_access|下载"安全插件"并打开远程协助，我们帮您检测账户
asks_api_secret|你把 API 的 Secret Key 给我，我帮你把机器人亏的赚回来
asks_signature|打开链接连钱包，点签名就能领爆仓补贴
