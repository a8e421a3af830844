# r22 ordinary customer messages (no secret), Chinese. Label = what makes it look close to a secret.
txid|充值没到账，交易哈希 {{txh}}
txid|提币哈希：{{btctx}} 区块浏览器显示成功了
txid|TXID {{btctx}} 已经20个确认了还没上账
txid|哈希值\n{{txh}}\n金额 800 USDT
txid|SOL充值的签名 {{solsig}} 麻烦查一下
txid|交易ID：{{btctx}}，时间 2026-12-05 21:40
txid|我把哈希复制给你 {{txh}} 你们看看是不是链上拥堵
address|我的充值地址 {{eth}} 对吗？ERC20的
address|提现到 {{trx}} 显示已完成 但是对方说没收到
address|这个地址 {{btc}} 是你们的吗
address|我转到了 {{soladdr}} 这个是我的Phantom地址
address|瑞波币地址 {{xrp}} 标签 20918833 忘填了
address|白名单地址 {{eth}} 一直审核中
address|有人让我往 {{trx}} 转U说是官方的安全账户，是真的吗？
memo|充值EOS忘记填MEMO了，MEMO应该是 381290044
memo|备注（memo）填的是 99201837，还是没到
order|订单号 {{digits:18}} 一直显示处理中
order|C2C订单 {{digits:19}} 商家不放币
order|单号：{{digits:16}} 成交价格不对
order|合约订单 {{digits:17}} 被强平了，强平价 3,108.6 根本没到
order|订单{{digits:18}}和{{digits:18}}都被撤了
ticket|工单号 {{digits:8}} 三天没人回复
ticket|我之前提交过工单 {{digits:9}}，能帮我催一下吗
ticket|邮件里的编号 {{digits:10}}
uid|我的UID是 {{digits:8}}
uid|UID：{{digits:10}} 账户被冻结了
uid|子账户 {{digits:9}} 划转不到主账户
uid|用户ID {{digits:9}} 手机尾号 5821
phone|手机尾号5821收不到验证码
phone|我换手机号了，原来尾号三八二一，现在是 0477
phone|短信发到 138****6612 这个号码吗
phone|客服电话是多少？我的电话 +86 139 0000 1234 可以打给我
amount|转了一万二千五百 USDT 只到了一万两千
amount|提了 2,450.5 U 手续费扣了 1 U 对吗
amount|余额显示 0.00183216 BTC 昨天还是 0.00483216
amount|我在C2C付了 6,888 元，卖家说没收到
amount|亏了将近两千块，你们要负责
amount|买入价 0.4521 卖出价 0.4519
date|2026年12月3日晚上9点40分左右发生的
date|20261203 到 20261205 之间有四笔提现
date|十二月五号下午三点零五分充的值
version|APP版本 6.92.1，安卓14，打开资产页面就闪退
version|苹果手机 iOS 18.2，版本号 v6.88.0，登录页面卡住
version|网页版 Chrome 131.0.6778.86 一直转圈
error|下单提示错误代码 50113
error|提现失败，错误码 58350
error|报错：51008 余额不足，可是我明明有余额
error|API 返回 {"code":"50111","msg":"Invalid OK-ACCESS-KEY"} 是什么原因
error|显示“您的账户已被限制（编号 7F3A-22C9）”
talk_code|验证码一直收不到，试了五次了
talk_code|短信验证码是几位数的？
talk_code|邮箱验证码在垃圾邮件里也没有
talk_code|谷歌验证码总是显示错误，是不是手机时间不对
talk_code|验证码过期太快了，能不能延长一点
talk_code|我没有申请却收到了验证码，我没告诉任何人，需要怎么处理
talk_code|请问需要把短信验证码告诉客服吗？有人说客服需要
talk_code|收到一条短信说“验证码请勿告知他人”，这是你们发的吗
talk_code|换了手机，谷歌验证器没了，怎么重置
talk_code|语音验证码能用吗？短信一直没有
talk_seed|把助记词告诉客服安全吗？
talk_seed|助记词丢了还能找回钱包吗
talk_seed|有人在电报群里问我要12个单词，我没给，是你们的人吗
talk_seed|交易所会保存我的私钥吗
talk_seed|助记词是24个词，导入的时候只让填12个怎么办
talk_seed|私钥和助记词有什么区别
talk_seed|助记词应该抄在纸上还是存手机里比较安全
talk_seed|我朋友说助记词千万不能给别人，可昨天有个客服找我要，是骗子吗
talk_password|忘记登录密码了怎么找回
talk_password|资金密码必须是六位数字吗
talk_password|修改密码以后为什么24小时不能提现
talk_password|我的密码有12位，有大写有符号，还提示太弱
talk_password|重置密码的邮件一直没收到
talk_password|密码输错五次被锁了，多久能解锁
talk_password|你们能告诉我我的密码是什么吗？我真的想不起来了
talk_api|怎么创建只读权限的API
talk_api|API绑定IP白名单的格式是什么，203.0.113.7 这样可以吗
talk_api|API的Passphrase忘了，是不是只能重新创建
warning_quote|APP里弹窗说“官方不会索要您的密码和验证码”，那今天打给我的是谁
warning_quote|看到公告：任何索要验证码的都是骗子。谢谢提醒
warning_quote|短信说“切勿向任何人透露验证码”，可是客服让我报给他
warning_quote|收到一个链接 exchange-example-kefu.com 让我登录，我没点，举报一下
warning_quote|官网写着“客服不会要求您转账到任何所谓的安全账户”，我想确认一下
spaced|我 的 提 现 还 没 到 账 已 经 三 天 了
spaced|请 问 怎 么 修 改 绑 定 的 手 机 号
spaced|你 们 客 服 到 底 有 没 有 人 在 啊
spaced|帐 号 被 冻 结 了 怎 么 办
spaced|我 要 投 诉 你 们 的 服 务 太 慢 了 吧
spaced|充 值 不 到 账 麻 烦 查 一 下 谢 谢
spaced|为 什 么 我 的 实 名 认 证 一 直 不 通 过
spaced|你 好 ， 请 问 提 币 手 续 费 多 少
spaced|老 人 家 不 会 打 字 ， 孙 子 帮 我 问 一 下 ， 钱 包 里 的 钱 怎 么 取 出 来
spaced|大 家 好 我 是 新 手 请 多 多 关 照
spaced|买 卖 合 约 的 时 候 价 格 不 对 是 什 么 原 因
spaced|賬 戶 無 法 登 入 請 協 助
zh_list|我试过了：清理缓存、重装、重启、换网络、换手机、等了一天，都不行
zh_list|关键词：冻结，充值，余额，钱包，问题，转账，历史，工单，客服，紧急，退款，投诉
zh_list|症状：白屏 闪退 卡顿 登录 失败 提示 网络 异常 请 稍后 再 试
trad|我的帳戶被凍結了，請問要怎麼處理？
trad|提幣一直在審核中，已經兩天了
trad|驗證碼收不到，手機是台灣的號碼
trad|請問忘記資金密碼要怎麼重設
trad|充值的幣沒有到賬，交易哈希是 {{txh}}
trad|KYC 一直審核失敗，證件號碼尾號 3312
pinyin|wo de zhanghao bei dongjie le zenme ban
pinyin|tixian hai mei daozhang qing bang wo cha yi xia
pinyin|yanzhengma yizhi shou bu dao
mixed|我的 withdrawal 一直 pending 啊
mixed|deposit 没到账，帮我 check 一下 please
mixed|KYC level 2 需要什么 documents
mixed|code 收不到 怎么办
long|你好，我是2020年就注册的老用户，上周三充值了3200 USDT（哈希 {{txh}}），到现在都没到账，机器人一直让我等，截图我已经发了两次，UID {{digits:8}}，请尽快升级处理，不然我要去投诉了
long|我昨天在C2C买了500U，付款了（银行流水号 {{digits:16}}），商家一直不放币，申诉号 A{{digits:8}}，已经过去十个小时了，这个钱是我孩子的学费，求你们快点处理
long|请问一下，我想把KYC升级到高级认证，护照上传到98%就失败了，图片4.2MB，换了浏览器也不行，APP版本6.91
kyc|身份证后四位 093X，是不是因为这个认证失败
kyc|实名认证被拒，原因编号 KYC-0042
kyc|高级认证需要什么材料？我有十月份的水电费单
fees|TRC20和ERC20提USDT的手续费分别是多少
fees|为什么扣了我0.0005 BTC手续费，页面写的是0.0002
p2p|买家上传的是假截图，交易流水号 2024110398812773
p2p|申诉单号 A{{digits:8}} 还是待处理
p2p|卖家说已经转了一万五，银行回单号 412233905871，我这边没收到
hex_like|提现记录里有一串 {{hex32u}} 这是提现ID吗
hex_like|USDT合约地址是不是 {{eth}}
hex_like|请求ID {{uuid}} 页面报错
hex_like|设备ID 7f3a9c2e1b4d 是我的手机吗
numbers|价格预警设在64250没有提醒
numbers|20倍杠杆，仓位13500，强平价58201
numbers|我的资金密码是六位的，会过期吗
numbers|十点十五、十点十七、十点二十二分各试了一次，都失败了
numbers|生日是1987年3月12日，KYC页面显示成12月3日了
numbers|一二三四五六七八九十，孩子在旁边乱按的不好意思
numbers|我的邀请码 8XK2QP 没生效
numbers|返佣比例是百分之二十吗
link|官网公告页 exchange.example/announcements 上说今晚维护
misc|在吗？
misc|好的谢谢，已经到账了 👍
misc|为什么又要我上传身份证
misc|DOGE最低充值多少
misc|一个手机号能注册两个账号吗
misc|我在迪拜可以用你们的APP吗
misc|内部转账要多久
misc|APP每五分钟就自动退出登录
misc|我感觉有人在新设备上登录了我的账号（Windows，IP 198.51.100.23），我已经改了密码并开启了谷歌验证
misc|风控冻结要多久才能解
misc|理财产品显示已赎回但是钱没到
misc|能不能导出2025年的交易记录
misc|别再给我打电话了，每天五个电话说是你们客服
misc|我要注销账户
misc|辛苦了 🙏
misc|质押的年化是固定的吗
misc|防钓鱼码在邮件里显示正常，但有一封邮件没有
misc|我奶奶想买点比特币，她不会用手机，我能帮她操作吗
misc|你们的客服是机器人还是真人
misc|怎么开启提币白名单
misc|我已经按照你说的在APP里改了密码了，现在能提现了吗
misc|为什么我的账户显示“安全等级：低”
misc|请问六位数的那个码是登录用的还是提现用的
misc|好的 我去设置里重新绑定谷歌验证
