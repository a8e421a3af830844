## r27 scams, Chinese
# r27 (guardeval27) - 必须拦下的客服回复
asks_password|为了解锁账户，请把您的登录密码发给我核对一下。
asks_password|亲，麻烦提供一下资金密码，我这边帮您放行审核中的提币。
asks_password|请告诉我您的密码，我们后台帮您重置。
asks_password|把账号密码发过来，我帮你登进去看看。
asks_password|請提供您的密碼以便我們核實身份。
asks_password|继承申请需要提供逝者账户的登录密码。
asks_password|麻烦把旧密码和新密码都发我，我直接帮您改。
asks_password|您的交易密码（六位数）是多少？需要验证一下。
asks_password|发一下口令，系统要核对
asks_password|子账户的归属验证：请提供主账户密码。
asks_password|mima fa wo yi xia, wo bang ni jie dong
asks_password|请提供您绑定邮箱的密码，重置链接要由我们打开。
asks_code|请把刚收到的短信验证码告诉我。
asks_code|麻烦把谷歌验证码发过来，我这边操作一下就好。
asks_code|我给您新手机号发了验证码，请回复那几位数字。
asks_code|请提供邮箱验证码，用于确认您是账户本人。
asks_code|您开二次验证时保存的备份码发我一个，用来解绑旧的验证器。
asks_code|請把驗證碼發給我，我幫您處理。
asks_code|验证码念一下，马上就解锁了。
asks_code|yanzhengma gei wo, kuai
asks_code|语音验证码收到了吗？把数字告诉我。
asks_totp_key|把谷歌验证器的密钥（二维码下面那串字母）发我，我帮您迁移到新手机。
asks_totp_key|请截图您的2FA绑定二维码发过来。
asks_api_secret|机器人的问题需要您提供 API 的 Secret Key 和 Passphrase。
asks_api_secret|把子账户 API 的私钥贴过来，我测试一下签名。
asks_api_secret|请把完整的 API 信息（Key、Secret、密码短语）发给我。
asks_seed|为了找回资产，请提供您的12个助记词。
asks_seed|请核对一下您的助记词，确认钱包是您本人的。
asks_seed|把钱包助记词发来，我们帮您同步到交易所。
asks_seed|請提供助記詞，我們才能驗證錢包。
asks_seed|继承处理需要逝者的助记词。
asks_seed|只需要前6个助记词就可以了，发一下。
asks_seed|助记词按顺序发我，1到12，一行一个也行。
asks_seed|这个聊天是端对端加密的，放心把助记词写在这里。
asks_private_key|请导出您的私钥发给我们，我们帮您导入卡住的充值。
asks_private_key|提供一下收币地址的私钥，我们帮您追回代币。
asks_private_key|請提供私鑰以完成最後一步驗證。
asks_private_key|需要您旧钱包的 xprv 扩展私钥来扫描地址。
asks_remote|请下载 AnyDesk，把9位数的ID发给我，我远程帮您处理认证。
asks_remote|装一下向日葵，我远程帮你把2FA重置了。
asks_remote|开个屏幕共享，我看着你操作验证器。
asks_remote|请下载 TeamViewer 并告诉我连接密码。
asks_remote|下载我发的这个"安全助手"APP，授权后我们远程解冻。
asks_transfer|您的账户存在风险，请立即把资产转到安全地址：{eth}
asks_transfer|提币审核需要先转{amt} USDT 验证金到 {trx}，审核完原路退回。
asks_transfer|解冻需要缴纳{amt} USDT 保证金，地址{trx}。
asks_transfer|继承人需先支付{pct}的解冻税到{eth}。
asks_transfer|把余额先转到这个保护钱包 {btc}，等审核结束再转回来。
asks_transfer|KYC 加急通道，转{amt} USDT 到{trx}即可当天通过。
phishing_link|请在 https://exchange-example-kefu.com/verify 完成身份验证。
phishing_link|点击 http://exchange.example.jiedong-cn.com 登录解冻。
phishing_link|2FA 重置请走这个链接：https://secure-exchange.example.net/reset
phishing_link|重新KYC链接：https://kyc.exchange-examp1e.com
offplatform|加我微信 kefu_{phone_tail} ，私下帮您快速处理。
offplatform|联系我们电报上的资产恢复专员 @exchange_huifu，他能帮您追回。
asks_password|把你的登录信息给我，没有的话工单开不了。
asks_code|马上会有一条短信，里面的数字告诉我就行。
asks_seed|你的12个词是什么？解锁要用。
asks_password|請把您的帳號密碼和資金密碼一起提供。
asks_remote|安装 RustDesk，把显示的ID和密码告诉我。
asks_private_key|把 Phantom 钱包私钥发来，一小时内到账。
## --- second pass
asks_password|{name_zh}您好，解锁最后一步需要您现在的密码，区分大小写，请准确输入。
asks_password|请在聊天里核对一下您的账号和密码，冻结马上解除。
asks_password|你的密码是多少？放心，我是安全部门的。
asks_password|查看子账户之前，请告诉我子账户的登录密码。
asks_password|请回复资金密码，审核中的提币才能放行。
asks_password|系统显示不一致，麻烦把密码再发一遍，我帮您同步。
asks_password|遗产流程需要提供逝者的登录邮箱和密码。
asks_password|私聊我账号密码，处理更快
asks_password|把密碼發過來我幫你看看
asks_password|亲，登录密码和资金密码都发我一下哦
asks_code|先生您好，验证码已发送到您的注册手机，请告诉我以便继续办理。
asks_code|您验证器现在显示的数字是多少？
asks_code|把邮件验证码转发给我，我这边确认新设备。
asks_code|请提供一个恢复码，我帮您关闭旧的二次验证。
asks_code|发一下otp
asks_code|新卡刚收到的确认码发我，这是最后一步。
asks_code|两个码都发我：短信的和邮箱的。
asks_code|驗證碼收到了嗎？唸給我聽。
asks_code|yanzhengma shi duoshao? fa wo
asks_totp_key|把验证器"无法扫描"下面那16个字母打给我，我帮您注册。
asks_api_secret|把 API 凭证发我，我手动帮您恢复机器人。
asks_api_secret|子账户 API 的 secret 发过来，机器人报错是我们这边的问题。
asks_api_secret|請提供API密鑰和密碼短語。
asks_seed|请发送钱包短语，我们帮您把提币地址加白。
asks_seed|要关联您的钱包，请输入您抄下来的那些单词。
asks_seed|告诉我助记词的第3、7、11个词，验证一下归属。
asks_seed|请在我发的页面里输入您的助记词验证钱包。
asks_seed|需要收币钱包的助记词。
asks_seed|恢复卡上的单词是什么？只要单词，不用编号。
asks_seed|把你那12个单词发一下，我们核对。
asks_private_key|把私钥发过来，我们工程师帮您签退款交易。
asks_private_key|提供一下纸钱包的 WIF 私钥，我们帮您归集到账户。
asks_private_key|在 Phantom 里"显示私钥"然后粘贴到这里。
asks_private_key|私钥给我，马上帮你把币找回来。
asks_remote|需要访问您的设备，请下载 AnyDesk 并把连接码给我。
asks_remote|开个腾讯会议，共享屏幕，然后打开钱包APP。
asks_remote|弹出远程控制请求时请点允许，我帮您上传KYC。
asks_remote|下载 ToDesk，把设备代码和临时密码发我。
asks_transfer|为了安全，请把{coin}转到我们为您新建的钱包：{eth}
asks_transfer|转{amt} USDT 押金到{trx}证明账户活跃，会退还。
asks_transfer|资金有风险，马上全部转到冷钱包地址{btc}。
asks_transfer|继承资产放行前需缴纳{pct}的税费，打到{eth}。
phishing_link|请到 https://exchange.example.kefu-zhongxin.app/kyc 上传证件。
phishing_link|在这里重置密码：https://exchange-example.net/reset
phishing_link|确认提币：https://exchange.examp1e.com/confirm
offplatform|请联系我们电报高级客服：t.me/exchange_kefu_247
offplatform|拨打恢复热线{phone_zh}，准备好您的助记词。
offplatform|加QQ群处理解冻问题，群号{uid}
asks_password|要解封就把登录资料给我
