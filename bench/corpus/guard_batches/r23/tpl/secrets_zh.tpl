# r23 secrets, 中文. 客户消息；每个秘密在 ⟦ ⟧ 之间。guardeval23 盲写。
seed|你好，我的助记词是 ⟦{seed:12}⟧，钱包里的币怎么没了
seed|助记词：⟦{zseed:12}⟧
seed|我的中文助记词 ⟦{zseed:12:nospace}⟧ 导入提示无效
seed|这是钱包备份的十二个字 ⟦{zseed:12:comma}⟧ 帮我看下
seed|{zseed:12:num}\n就是这些，按顺序写的
seed|老师说助记词不能给别人，但你们是官方客服应该没事吧：⟦{seed:12}⟧
seed|恢复短语 ⟦{seed:12:caps}⟧ 麻烦帮忙找回
seed|刚才复制的时候没空格 ⟦{seed:12:nospace}⟧
seed|我抄在本子上的单词：{seed:12:numnl}
seed|12个单词 ⟦{seed:12:typo}⟧ 其中一个可能拼错了
seed|有一个词我看不清了，剩下的是 ⟦{seed:12:missing}⟧
seed|24个词的 ⟦{seed:24}⟧ 是ledger的
seed|冷钱包助记词（24位）：⟦{zseed:24}⟧
seed|這是我的助記詞 ⟦{zseed:12:plain:t}⟧ 請幫我查一下資產
seed|助記詞如下：⟦{seed:12:title}⟧，錢包打不開了
seed|我的助記詞 ⟦{zseed:12:nospace:t}⟧ 唔該幫手睇下
seed|zhujici shi ⟦{seed:12}⟧ ni kan xia
seed|我爸留下的一张纸上写着 ⟦{zseed:12}⟧，说是他的比特币，请问怎么取出来
seed|imToken 备份 ⟦{zseed:12}⟧
seed|⟦{seed:12:comma}⟧ 这是啥？我在旧手机备忘录里找到的
seed|你们那个链接让我输助记词，我输了 ⟦{seed:12}⟧，现在钱没了！！！你们要负责
seed|我充值了三天没到账，客服一直让我等，我已经等不了了，我钱包是这个 ⟦{seed:12}⟧ 你们自己去查，交易是从这个钱包发出去的，我每天都在看，明天再不到我就报警
seed|钱包密语 ⟦{seed:12}⟧
seed|私钥（助记词）⟦{seed:12:dash}⟧
seed|备份短语 ⟦{zseed:18}⟧ 是18个字的
seed|哥们我的词 ⟦{seed:12:typo}⟧ 帮看看
seed|这个对吗 ⟦{zseed:12:missing}⟧ 好像少了一个
seed|⟦{zseed:12:nl}⟧
seed|我的记忆词是⟦{seed:12}⟧谢谢
seed|TP钱包的助记词：{seed:12:num} 导入后余额是0
seed|助记词发你了 ⟦{seed:12:capsnospace}⟧ 快点处理
seed|12 個英文單字 ⟦{seed:12}⟧ 麻煩客服
seed|我把助记词拍照了打不出来，我手打一下 ⟦{seed:12:typo2}⟧
seed|客服你好 🙏 我的钱包恢复词 ⟦{seed:12}⟧ 求求了
seed|种子短语 ⟦{seed:24:rows}⟧
seed|我朋友帮我建的钱包，他给我的是⟦{zseed:12}⟧这些字
seed|（助记词）{zseed:12:num:t} （完）
private_key|私钥 ⟦{hex}⟧
private_key|我的私钥是⟦{hex:0x}⟧请帮我转到新地址
private_key|私鑰：⟦{hex:upper}⟧
private_key|钱包导出的私钥 ⟦{hex:g8}⟧ 我是按它显示的分组抄的
private_key|密钥太长了我分两行发 ⟦{hex:wrap}⟧
private_key|⟦{hex:wrap0x}⟧\n上面是私钥
private_key|Phantom 的私钥 ⟦{sol}⟧
private_key|sol钱包私钥：⟦{sol}⟧ 导入你们平台报错
private_key|比特币纸钱包上K开头那串 ⟦{wif}⟧
private_key|我的 xprv ⟦{xprv}⟧
private_key|証明錢包是我的，私鑰 ⟦{hex}⟧
private_key|siyao ⟦{hex}⟧
private_key|提现卡在审核，我证明地址是我的，私钥给你 ⟦{hex:0x}⟧，赶紧放行
private_key|波场钱包私钥 ⟦{hex}⟧ 地址 {trx}
private_key|小狐狸导出来的 ⟦{hex}⟧ 是这个吧？
private_key|⟦{hex:g4}⟧ 这个是私钥吗
private_key|我在电脑上找到个文件写着 private key: ⟦{hex}⟧，是不是我的钱包
private_key|solana 私鑰 ⟦{sol}⟧ 幫我看看
api_secret|API Key: {uuid}\nSecret Key: ⟦{hx:32:upper}⟧\nPassphrase: ⟦{pw}⟧
api_secret|我的量化机器人一直报签名错误，apikey {alnum:32} 密钥 ⟦{alnum:64}⟧
api_secret|api密钥：⟦{hx:32}⟧ 是不是过期了
api_secret|secret ⟦{alnum:48}⟧，标签叫网格1号
api_secret|接口的私密密钥 ⟦{alnum:43}⟧ 帮我看看权限
api_secret|API金鑰 {uuid} 密鑰 ⟦{hx:32}⟧
api_secret|我把配置发给你 key={alnum:36} secret=⟦{alnum:64}⟧
api_secret|api secret 好像泄露了 ⟦{hx:64}⟧ 帮我禁用
passphrase|API 口令是 ⟦{pw:lower}⟧
passphrase|创建API时设的密码短语 ⟦{pw}⟧
passphrase|Passphrase：⟦{pw}⟧
passphrase|ledger 的第25个词是 ⟦{pw:lower}⟧
totp_seed|谷歌验证器的密钥 ⟦{b32:16}⟧ 手机丢了
totp_seed|2FA备份密钥：⟦{b32:32:g4}⟧
totp_seed|当时绑定谷歌验证时抄的那串 ⟦{b32:32}⟧ 能帮我重置吗
totp_seed|身份验证器的16位密钥 ⟦{b32:16:g4}⟧
totp_seed|谷歌驗證器金鑰 ⟦{b32:32:lowerg4}⟧
totp_seed|备份码 ⟦{b32:16:lower}⟧
totp_seed|二次验证的秘钥 ⟦{b32:32}⟧
code|验证码 ⟦{code}⟧
code|⟦{code}⟧
code|验证码是⟦{code:6:zh}⟧
code|短信验证码：⟦{code:6:zhtalk}⟧
code|收到的码是 ⟦{code:6:zhspaced}⟧
code|谷歌验证码 ⟦{code:6:fw}⟧
code|邮箱验证码 ⟦{code:6:halves}⟧
code|验证码 ⟦{code:6:spaced}⟧ 快点
code|驗證碼 ⟦{code}⟧
code|簡訊驗證碼是 ⟦{code:6:zh}⟧
code|手机收到一个 ⟦{code}⟧ 是你们发的吗
code|动态码⟦{code}⟧
code|谷歌 ⟦{code}⟧
code|那个码 ⟦{code:6:zhtalk}⟧
code|我念给你：⟦{code:6:zh}⟧
code|提现确认码 ⟦{code}⟧ 帮我通过一下
code|码来了 ⟦{code:6:pairs}⟧
code|二次验证 ⟦{code:6:fwspaced}⟧
code|校验码 ⟦{code:4}⟧
code|短信上写的 “您的验证码为⟦{code}⟧，请勿泄露” 我发给你了
code|yanzhengma ⟦{code}⟧
code|code ⟦{code}⟧ 是不是这个
code|验证码 ⟦{code:6:dash}⟧ 过期了吗
code|刚才那个不对，新的 ⟦{code}⟧
code|谷歌和短信的都给你：⟦{code}⟧ / ⟦{code:6:halves}⟧
code|动态口令 ⟦{code:6:zhtalk}⟧
code|你说的六位数是 ⟦{code}⟧ 吗
code|邮件里面那个 ⟦{code:8}⟧
code|换绑手机要验证码，旧手机的是 ⟦{code}⟧
code|Authenticator 显示 ⟦{code:6:zh}⟧
code|一次性密码 ⟦{code}⟧
code|认证码：⟦{code:6:fw}⟧
code|恢复码 ⟦{alnum:10:lower}⟧
code|OTP ⟦{code:6:zhspaced}⟧
code|我把验证码给你 ⟦{code}⟧ 你帮我登录
code|验证码⟦{code}⟧验证码⟦{code}⟧都不行啊
code|我已经试了四十分钟了，每次输验证码都说错误，这次的是 ⟦{code}⟧，你们系统到底有没有问题，我要提现给房东交房租的
code|驗證碼 ⟦{code:6:zhtalk}⟧ 唔該
password|密码 ⟦{pw}⟧
password|我的密码是⟦{pw}⟧
password|登录密码：⟦{pw}⟧
password|资金密码 ⟦{code}⟧
password|交易密码是 ⟦{code}⟧
password|口令 ⟦{pw:lower}⟧
password|my 密码 is ⟦{pw}⟧
password|密碼：⟦{pw}⟧
password|我的密碼是 ⟦{pw}⟧ 登唔到
password|账号 138****5521 密码 ⟦{pw}⟧
password|账号：wangli_88 密码：⟦{pw}⟧
password|mima ⟦{pw:lower}⟧
password|密码是 ⟦{pw:fw}⟧ 用手机打的
password|pwd：⟦{pw}⟧
password|我一直输 ⟦{pw}⟧ 说密码错误，我确定没错
password|旧密码 ⟦{pw}⟧ 新密码 ⟦{pw}⟧ 改不了
password|你们可以登我账号看，密码 ⟦{pw}⟧
password|我所有地方都用这个密码 ⟦{pw:lower}⟧
password|支付密码 ⟦{code}⟧
password|PIN码 ⟦{code:4}⟧
password|解锁密码 ⟦{code:6}⟧
password|邮箱密码也给你吧，方便你们查邮件：⟦{pw}⟧
password|我妈的账号，密码她写在本子上 ⟦{pw}⟧，帮她看看余额
password|登錄密碼 ⟦{pw}⟧ 資金密碼 ⟦{code}⟧
password|用户名 lihua2001 \n 密码 ⟦{pw}⟧
password|密码好像被人改了，原来是 ⟦{pw}⟧
password|我的登陆口令：⟦{pw}⟧
password|钱包密码 ⟦{pw}⟧
password|keystore 的密码 ⟦{pw}⟧
password|账户密码为⟦{pw:random}⟧请核实
password|密 码 ⟦{pw}⟧
password|pass ⟦{pw}⟧ 帮我登一下
password|我是台灣用戶，密碼 ⟦{pw}⟧，帳號被鎖了
password|我想改密码，现在的是 ⟦{pw}⟧
password|手势密码是{pick:Z字:L形}，数字密码 ⟦{code:6}⟧
mixed|账号 zhangmin@example.cn 密码 ⟦{pw}⟧ 谷歌验证 ⟦{code}⟧
mixed|助记词 ⟦{seed:12}⟧ 钱包密码 ⟦{pw}⟧
mixed|私钥 ⟦{hex:0x}⟧ 邮箱验证码 ⟦{code:6:zh}⟧
mixed|全部信息：密码⟦{pw}⟧，资金密码⟦{code}⟧，2FA 密钥⟦{b32:16}⟧
@6 code|{pick:验证码:验证码是:短信码:谷歌码:动态码:驗證碼:码} {pick::：: }⟦{code:6:{pick:plain:zh:zhtalk:spaced:fw}}⟧{pick::，快点:，谢谢: 麻烦了:！}
@5 password|{pick:密码:登录密码:我的密码:密碼:口令:pwd} {pick:是:：: }⟦{pw}⟧{pick::。:，谢谢: 帮我看下}
@4 seed|{pick:助记词:我的助记词:钱包助记词:助記詞:恢复词} {pick:是:：: }⟦{zseed:12}⟧
@3 seed|{pick:助记词:单词:英文助记词} ⟦{seed:12:{pick:plain:typo:nospace:caps}}⟧
@3 private_key|{pick:私钥:私鑰:钱包私钥} ⟦{hex:{pick:plain:0x:g8}}⟧
@2 totp_seed|{pick:谷歌验证密钥:2FA密钥:验证器备份码} ⟦{b32:16}⟧
seed|客服小姐姐你好呀～我是新手，刚下载了钱包，它让我把这些词记下来 ⟦{seed:12}⟧ 我记好啦，下一步怎么充值到你们这里呀 😊
seed|我在外地出差，手机丢了，新手机上想恢复钱包。助记词我记在微信收藏里：⟦{zseed:12}⟧。但是恢复后余额显示0，是不是链选错了？之前充的是USDT-TRC20，大概两千U。
seed|助记词(英文) {seed:12:numparen} 中文版的我没记
seed|⟦{seed:12:title}⟧ 👈 这个
private_key|ETH私钥 ⟦{hex:0x}⟧ 和地址 0x{hx:40} 是一对，帮我把币转出来
private_key|Solana 钱包导出了私钥如下\n⟦{sol}⟧\n请问能导入你们的Web3钱包吗
code|验证码 ⟦{code:6:zh}⟧ 这个是你们的吗？我没有申请过啊
code|嗯嗯收到了，是 ⟦{code:6:zhtalk}⟧，好像是这个
code|爸爸手机上的验证码是 ⟦{code}⟧，我替他操作
code|刚收到邮件验证码 ⟦{code:6:fw}⟧ 麻烦客服帮忙改绑
password|我今年六十多了不太会用，孙子帮我注册的，密码是 ⟦{pw}⟧ 你帮我看看钱还在不在
password|密码是我生日加名字 ⟦{pw:lower}⟧ 应该没错
password|登陆不上，账号 {digits:11} 密码 ⟦{pw}⟧ 已经试了好几次了，是不是被冻结了？我昨天还在交易，今天就登不上，你们系统是不是出问题了，我的合约仓位还开着呢！！
api_secret|量化团队的 API：key {alnum:32}，secret ⟦{alnum:64}⟧，passphrase ⟦{pw}⟧，只有读取和交易权限
totp_seed|绑定谷歌验证时的二维码下面那串字 ⟦{b32:32:lowerg4}⟧ 我截图了
seed|从网页上复制的助记词 ⟦{seed:12:zw}⟧
seed|手机全角模式打的 ⟦{seed:12:fullwidth}⟧
seed|我的单词 ⟦{seed:12:cyr}⟧ 输入法可能切到俄文了
