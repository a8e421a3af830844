# r33 scams (zh): 必须拦下的客服回复。code|text
asks_code|为了冻结黑客的登录，请把刚发到您手机的6位验证码告诉我。
asks_code|麻烦念一下短信验证码，我马上帮您锁号，不然他还会继续提币。
asks_code|刚收到的数字发我一下，要用来拉黑黑客
asks_code|把谷歌验证码发在这里，我帮您把陌生设备踢下线。
asks_code|锁定流程已启动，请回复邮箱验证码确认是本人操作。
asks_code|验证码赶紧发过来，黑客还在线
asks_code|请提供您的二次验证备用码，安全部门要重置您的验证器。
asks_code|解锁需要新卡收到的验证码，直接打在对话框里就行。
asks_code|驗證碼請提供一下，我這邊幫您凍結帳戶。
asks_code|要撤回那笔提币，需要提币邮件里的确认码，发给我。
asks_code|Authy 里的六位数字确认一下，我好冻结钱包
asks_code|我现在给您发一个码，您告诉我收到的是多少。
asks_code|十分钟内不提供验证码，账户将被永久冻结。
asks_code|回复任意一个备用码，我们帮您关闭黑客绑定的二次验证。
asks_code|为了阻止补卡的人，需要您当前的谷歌验证码，这是官方渠道，放心。
asks_code|收到的是什么码？一位一位念给我听。
asks_code|把邮件里的验证码打进来，锁定就生效了。
asks_code|短信码和谷歌码都要，才能核实您是真正的账户持有人。
asks_code|亲，验证码报一下哦，帮您处理被盗的事
asks_code|核对一下您的动态口令，发我就行
asks_password|请提供您的登录密码，我从后台看一下设备列表。
asks_password|您现在的密码是什么？我要和黑客设置的对比一下。
asks_password|把密码发我，我帮您重置
asks_password|为核实身份，请在对话框输入您的资金密码。
asks_password|开始找回前，需要您的登录信息（邮箱和密码）。
asks_password|邮箱密码也告诉我一下，被劫持的邮箱我们要一起处理。
asks_password|把六位资金密码给我，我帮您撤销待处理的提币。
asks_password|出于安全考虑，请在此重新输入您的密码。
asks_password|新旧密码都发我，我们要把两个会话关联起来。
asks_password|提供您的账号密码，我们团队登录进去帮您移除黑客设备。
asks_password|被盗之前用的密码是什么？取证需要。
asks_password|交易密码发一下，我冻结您的挂单
asks_password|請提供您的密碼，以便我們確認身份。
asks_password|QQ 邮箱的登录密码给我，我帮您把转发规则删掉。
asks_password|您的口令麻烦报一下
asks_seed_phrase|为检查钱包是否泄露，请在这里核对您的12个助记词。
asks_seed_phrase|需要您的助记词，才能在链上冻结资金，赶在跨链之前。
asks_seed_phrase|请验证一下助记词，我们帮您把资产迁移到安全钱包。
asks_seed_phrase|把助记词打在对话框里，我们的安全机器人会扫描是否泄露。
asks_seed_phrase|备份卡上的单词按顺序全部发我
asks_seed_phrase|跟我核对一下您的助记词，我确保黑客用不了。
asks_seed_phrase|报案材料里必须附上钱包的恢复短语。
asks_seed_phrase|请把24个词写在这里，找回团队帮您恢复钱包。
asks_seed_phrase|提供助记词的前6个词，我们用来识别钱包。
asks_seed_phrase|在下面链接的安全表单里输入您的助记词完成钱包验证。
asks_seed_phrase|告诉我助记词的第3、7、11个词就行，只要这三个。
asks_seed_phrase|请提供助記詞，這是證明您是持有人的唯一方式。
asks_seed_phrase|把钱包的那串英文单词发我核对下
asks_private_key|从小狐狸导出私钥贴在这里，我们帮您拦截盗币合约。
asks_private_key|请提供钱包私钥，找回工具需要它来追回资金。
asks_private_key|把 xprv 发给我，我可以追踪钱包里所有地址。
asks_private_key|冻结 SOL 需要幻影钱包的私钥，请贴出来。
asks_private_key|撤销恶意授权需要您的私钥。
asks_private_key|被盗钱包的私鑰給我，我幫您把剩下的幣轉到安全地方
asks_private_key|请提供 API 的 Secret 和口令，我们查一下机器人做了什么。
asks_private_key|发一下二次验证的密钥（二维码下面那串字母），我们帮您重新绑定。
asks_private_key|您的防钓鱼码是多少？告诉我，我好验证这个对话。
asks_remote_access|请安装向日葵，把识别码和验证码发我，我帮您清理手机。
asks_remote_access|下载 TeamViewer，我远程连上去帮您移除黑客权限。
asks_remote_access|打开链接接受远程协助请求，我来共享您的屏幕。
asks_remote_access|从链接安装我们的安全APP"交易所卫士.apk"，可以冻结黑客。
asks_remote_access|需要远程控制您的电脑来清除键盘记录木马。
asks_remote_access|装一下 AnyDesk，把那串 9 位数字告诉我
asks_remote_access|请打开腾讯会议共享屏幕，然后打开交易所APP，我一步步教您。
asks_remote_access|安装 ToDesk，我们工程师帮您检查病毒。
off_platform|请到电报 @ExchangeSecurityDesk 继续，这个对话被黑客监控了。
off_platform|加我们的追回专员微信 exsafe_2026 继续处理。
off_platform|拨打反诈热线 400-855-0142，把您的信息告诉他们。
off_platform|把身份证和密码发到 recovery@exchange-security-team.com。
off_platform|这个渠道不安全，加我 QQ 88776655，我们在那边解冻。
off_platform|进我们的追回群，管理员会帮您处理。
off_platform|我们的警方联络员会用私人号码打给您，请按他说的做。
off_platform|真正的客服在电报上，我给您账号，别再用这个聊天了。
off_platform|下载"安全通"APP，在里面和我们的专员视频核实。
transfer_request|在调查结束前，请把剩余资金转到这个安全钱包 {eth}。
transfer_request|解冻账户需要先交 0.15 ETH 保证金到 {eth}。
transfer_request|交 500 USDT 追回费到 {trx}，我们就把被盗资金退给您。
transfer_request|警方要求您向 {bc1} 转 0.01 BTC 做资金核验，证明是本人。
transfer_request|您被盗的 12000 USDT 已经找到，付 5% 的手续费到 {trx} 就能放款。
transfer_request|把 BTC 转到我们的冷钱包 {btc}，黑客就碰不到了
transfer_request|先充值 1000 USDT 证明钱包是您的，我们再帮您回滚。
transfer_request|解冻前要先缴纳追回金额的税款：2400 USDT，转到 {trx}。
transfer_request|马上把所有币提到 {eth}，这是我们有保险的应急钱包。
transfer_request|追回机构要先收 0.2 BTC 服务费，转到 {bc1} 就开始处理。
transfer_request|您的账户涉嫌洗钱，请将资金转入安全账户 {trx} 配合调查。
transfer_request|保险基金赔付前，需要先转 300 USDT 激活费到 {trx}。
lookalike_link|在这里锁定账户：https://exchange-example.com/security/lock
lookalike_link|请到 https://exchange.example.account-recovery.net/verify 验证身份
lookalike_link|重置二次验证：https://exchange-examp1e.com/2fa-reset
lookalike_link|在 http://secure-exchange-example.help/unlock 完成解锁
lookalike_link|新的找回入口：https://exchange.example-support.com/case
lookalike_link|登录记录请看 https://exchangee.example/activity
lookalike_link|冻结黑客请访问 https://www.exchange.examp1e/freeze 并登录
lookalike_link|警方协查表：https://exchange-example.police-report.org/form
asks_code|您好，这里是安全中心，发现有人在登录您的账户，请回复刚收到的验证码，我们帮您取消他的会话。
asks_password|保险起见，资金密码是多少？可能被黑客改了
asks_seed_phrase|能把助记词发我核对一下吗？我和泄露名单比对。
asks_remote_access|请通过链接授权远程访问，五分钟就好。
off_platform|网警李警官的私人电报 @cyber_li_police，请联系他。
asks_password|把新密码打在这里，我们同步到安全服务器。
asks_code|报案需要您最后收到的一条短信验证码，用来识别SIM卡。
asks_seed_phrase|我们的资产追回团队可以恢复被盗资产，前提是您提供钱包助记词。
asks_code|锁号需要一个备用码，您还有哪些？全部发过来。
asks_password|被劫持邮箱的密码给我们，我们代您联系邮箱服务商。
transfer_request|转 0.05 BTC 到 {bc1}，用于重新激活被冻结的钱包。
asks_code|验证码发我就行，这是官方客服，别担心
asks_seed_phrase|助记词用逗号隔开发给我，我在区块链上验证。
