# r25 secrets_zh - 客户消息（含秘密），guardeval25 手写（session 12）
# 被骗过程中
2*seed|刚才有个自称官方客服的打电话给我，说钱包需要同步，让我把助记词发到这里：⟦{zhseed12}⟧ 这样可以吗
seed|客服小王说要验证钱包才能解冻，我的助记词是 ⟦{seed12}⟧ 麻烦快点
2*seed|他说是安全部门的，要我提供12个词核对一下，⟦{zhseed12}⟧ 他还在电话上等
code|有人打电话说我账户异常，让我报一下刚收到的验证码 ⟦{code6}⟧，是你们的人吗？？
code|对方说要取消那笔提币必须把短信验证码给他，⟦{code6}⟧，我已经发给他了怎么办
password|电报上的"官方客服"让我把登录密码发给你们核实，密码是 ⟦{password}⟧
2*password|那个人说补偿要登录我账号操作，我把密码 ⟦{password}⟧ 给他了，现在又说要资金密码 ⟦{pin6}⟧
private_key|他们说空投要私钥才能领，我导出来了 ⟦{hexkey}⟧ 现在币没了
seed|说是升级安全等级，要重新绑定钱包，词是 ⟦{zhseed12comma}⟧
# 新手
2*seed|第一次买币，银行卡买的，APP让我抄了12个字：⟦{zhseed12}⟧ 登录的时候要用吗？
seed|我妈让我帮她问，她纸上写着 ⟦{zhseed12tight}⟧ 这是啥，能找回钱吗
password|登不上去了，密码是 ⟦{password}⟧ 肯定没错
password|我的密码 ⟦{password}⟧ 输了好几次都说错误，是不是被改了
2*code|验证码 ⟦{code6}⟧ 一直提示无效
code|验证码：⟦{code6zh}⟧
code|收到短信【交易所】您的验证码为⟦{code6}⟧，10分钟内有效，请勿泄露。然后呢
code|邮箱验证码 ⟦{code6}⟧ 帮我填一下吧，APP老是卡
code|谷歌验证器上显示 ⟦{code6}⟧，输进去说不对
code|短信码 ⟦{code6sp}⟧
code|验证码是 ⟦{code6fw}⟧ 全角的能用吗
code|语音电话报的验证码是 ⟦{code4}⟧
# 拼音缩写 / 网络用语
password|mm是 ⟦{password}⟧ 帮我看下为啥登不上 yyds的客服求救
password|我的dl密码 ⟦{password}⟧，zj密码 ⟦{pin6}⟧，急急急
code|yzm ⟦{code6}⟧
code|yzm：⟦{code6}⟧ 绝绝子 又过期了
2*password|登录mm ⟦{password}⟧ 家人们谁懂啊 一直转圈
seed|zjc ⟦{zhseed12}⟧ 导入后余额是0 救命
password|口令 ⟦{password}⟧
password|my 密码 is ⟦{password}⟧ 帮忙看看
# 繁体 / 粤语
2*seed|你好，我係香港客戶，打電話嚟嘅人話要我畀助記詞佢核對：⟦{twseed12}⟧ 係咪真係你哋嘅同事？
seed|我的助記詞是 ⟦{twseed12}⟧ 請幫我恢復錢包
seed|助記詞：⟦{twseed12tight}⟧ 匯入後餘額不見了
password|我的密碼係 ⟦{password}⟧，登入唔到，唔該幫手睇下
2*password|登入密碼 ⟦{password}⟧ 資金密碼 ⟦{pin6}⟧ 請幫我確認是否正確
code|驗證碼 ⟦{code6}⟧ 一直顯示錯誤
code|收到簡訊驗證碼 ⟦{code6}⟧，係咪要入喺呢度？
private_key|私鑰 ⟦{hexkey}⟧ 請幫我查一下這個錢包
private_key|台灣用戶，冷錢包私鑰：⟦{wif}⟧ 想轉到交易所帳戶
api_secret|API 金鑰的 Secret 是 ⟦{apisecret}⟧，密碼短語 ⟦{passphrase}⟧，程式一直報錯
totp_seed|兩步驗證的金鑰 ⟦{totp}⟧ 換手機了要怎麼設
seed|24個字：⟦{twseed24}⟧ 阿爸留低嘅，唔知仲有冇錢
# 大客户 / 做市商
2*api_secret|做市团队，子账户 UID {uid}，报价程序报 50111，API Key {pick:3e1f9a2b-7c4d-4e5f-8a6b-9c0d1e2f3a4b|5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d} Secret ⟦{apisecret}⟧ Passphrase ⟦{passphrase}⟧ 麻烦后台看下
api_secret|王经理，您要的新 key 的密钥：⟦{apisecret64}⟧，IP 白名单 {ip}
api_passphrase|API 密码短语是 ⟦{passphrase}⟧，创建时设的，一直提示 Passphrase 错误
api_secret|程序配置如下：\nAPI_KEY={pick:ak9fQ2Lm7x|e7c1a0d2-55b4-4c1e-9f80-2b7d3a6c9e11}\nSECRET_KEY=⟦{apisecretb64}⟧\n昨天还能用
2*api_secret|量化机器人签名一直不对，secret ⟦{apisecret64}⟧，是不是我时间戳有问题
api_secret|新建的 API：secretKey ⟦{apisecret}⟧，只开了读取和交易，提现没开
# 硬件钱包迁移
2*seed|换新的硬件钱包，旧的24个词是 ⟦{seed24}⟧，能不能直接导入到你们的Web3钱包
seed|帮我确认一下助记词顺序对不对：{zhseed12num}
seed|钱包备份卡上写的：{seed12num}
private_key|Phantom 导出的私钥 ⟦{solkey}⟧，SOL 转错网络了，能帮我找回吗
private_key|小狐狸私钥 ⟦{hexkey0x}⟧，USDT 转到 {ethaddr} 了没到账
private_key|私钥太长我分两行发：\n⟦{hexkeywrap}⟧
private_key|私钥按8位抄的：⟦{hexkey8}⟧
private_key|扩展私钥 ⟦{xprv}⟧ 看看哪些地址有币
private_key|私匙 ⟦{hexkeyup}⟧
# 2FA / 备用码
2*totp_seed|谷歌验证器的密钥是 ⟦{totpgrp}⟧，当时抄下来了，换手机怎么恢复
totp_seed|绑定谷歌验证时的秘钥 ⟦{totp32}⟧，扫码扫不了我手动输的
code|备用码 ⟦{backup}⟧ ⟦{backup}⟧ 用哪个
code|2FA恢复码 ⟦{backupa}⟧ 提示已使用
# 邮件渠道
2*password|主题：回复：工单{ticket} 仍未解决\n\n这是第三封邮件了。按你们要求，我的账户密码是 ⟦{password}⟧，请查登录记录。\n\n> {zhdate} 客服写道：\n> 请详细描述问题并附截图。
code|主题：提币卡住 {wdid}\n\n收到的邮箱验证码是 ⟦{code6}⟧，还没用就过期了，请帮我延长。\n\n——原始邮件——\n我们正在处理。
# P2P 商家
password|我是P2P商家，订单 {p2porder} 买家说已付款但我没收到，网银登录可以给你们查：账号 {uid8} 密码 ⟦{password}⟧
2*password|资金密码 ⟦{pin6}⟧，你们帮我放币吧，我晚上不在
code|买家发来一个码说是平台的放币码 ⟦{code6}⟧，订单 {p2porder}，是真的吗
# 愤怒 / 着急
2*seed|别跟我讲什么安全了，把钱还给我！助记词：⟦{zhseed12}⟧
password|第四次说了，密码 ⟦{password}⟧，二次验证已关，赶紧处理
seed|我老公去世了，留下一张纸：⟦{zhseed24}⟧，能帮我看看里面有多少钱吗
seed|律师给了我们这串词 ⟦{zhseed12}⟧，我爸的UID是 {uid}
# 混合普通信息
private_key|交易 {txhash} 失败了，这是发送地址的私钥 ⟦{hexkey}⟧，帮我重新发
seed|从自己钱包充了 {small} BTC 到 {btcaddr}，钱包助记词 ⟦{zhseed12}⟧，一直没确认
code|订单号 {order}，UID {uid}，验证码 ⟦{code6}⟧
api_secret|IP {ip}，{zhdate}建的key，secret ⟦{apisecret}⟧，报错 50102
password|UID {uid}，密码 ⟦{password}⟧，手机尾号 {tail4}
seed|我用这个钱包做质押，助记词 ⟦{zhseed12}⟧，{zhdate}被盗了，能看出来是不是泄露了吗
private_key|Solana 钱包被盗，私钥 ⟦{solkey}⟧ 地址 {soladdr}，能追踪吗
seed|凭记忆打的，可能有个字不对：⟦{zhseed12}⟧
seed|英文的助记词 ⟦{seed12comma}⟧，中文界面导入不了
password|防钓鱼码是 {antiphish}，资金密码是 ⟦{pin6}⟧，都对吧
password|改了新密码 ⟦{password}⟧ 还是说错误
password|旧密码 ⟦{password}⟧ 新密码 ⟦{password}⟧ 改不了
password|邮箱密码 ⟦{password}⟧，你们可以登录看看我收到的邮件
seed|试一下你们能不能看到：⟦{zhseed12}⟧
code|安全验证 邮箱验证码 ⟦{code6}⟧ 手机验证码 ⟦{code6}⟧ 谷歌验证码 ______ 确认（截图文字）
code|通知栏：【交易所】验证码⟦{code6}⟧，用于提币，切勿告知他人，包括客服人员。我没提币啊！
seed|助记词：\n⟦{zhseed12}⟧\n顺序可能记错了两个
# 更多情形
password|备忘录直接复制给你：\n交易所登录 - ⟦{password}⟧\n银行 - （不是这个）
password|语音转文字：我的密码是 ⟦{password}⟧ 第一个字母大写
password|密码"⟦{password}⟧"（不含引号）
2*password|哥们帮我登一下，邮箱一样，密码 ⟦{password}⟧，我在上班单子还开着
password|公司财务账户提币 PIN 是 ⟦{pin6}⟧，财务总监让我转给你们改白名单用
password|Ledger 的 PIN 是 ⟦{code8}⟧，寄修的时候你们开机要用
password|keystore 文件密码：⟦{password}⟧（文件在附件）
password|我怀疑密码被改了，昨天之前还是 ⟦{password}⟧
password|你们要确认是我本人：密保答案"{pick:旺财|咪咪|宝宝}"，密码 ⟦{password}⟧
2*code|电话里那个女的要验证码，我不给她，给你们：⟦{code6}⟧
code|短信 ⟦{code6}⟧ 邮箱 ⟦{code6}⟧，帮我确认提 {amount} USDT
code|提币到 {trxaddr}：邮箱码 ⟦{code6}⟧，短信 ⟦{code6}⟧，谷歌 ⟦{code6}⟧，一点确认就闪退
code|解锁邮件里的码：⟦{code8}⟧
code|是 ⟦{code6sp}⟧ 快点
code|APP提示输入发送到 ***{tail4} 的验证码：⟦{code6}⟧
password|我QQ邮箱的独立密码是 ⟦{password}⟧，你们要看邮件可以登
2*seed|第一个字是⟦{zhseed12~S}{S.w0-1}⟧，然后⟦{S.w1-2}⟧⟦{S.w2-3}⟧⟦{S.w3-4}⟧，后面是⟦{S.w4-12}⟧
seed|钱包备份"{pick:主钱包|存币|冷钱包}"：⟦{zhseed12}⟧ {zhdate}建的
seed|我有两个钱包，A：⟦{zhseed12}⟧，B：⟦{seed12}⟧，充值 {txhash} 是哪个
seed|朋友卖给我一张卡说"预存一万U"，附带这些字：⟦{zhseed12}⟧ 能帮我查余额吗
seed|女儿在外地上学，电话里告诉我的：⟦{zhseed12}⟧
seed|MetaMask 助记词：⟦{seed12}⟧
seed|同步页面让我在这里也填一下……⟦{zhseed12}⟧
seed|@客服 ⟦{zhseed12}⟧
seed|"⟦{zhseed12}⟧"——帮助中心机器人让我发的，发这里对吗
seed|恢復短語（繁體）：⟦{twseed12}⟧ 匯入 imToken 失敗
seed|繁體中文助記詞 24 個：⟦{twseed24}⟧
seed|二十四个词：⟦{zhseed24}⟧
seed|中文助记词，逗号隔开：⟦{zhseed12comma}⟧
seed|助记词连着写的：⟦{zhseed12tight}⟧
private_key|TronLink 钱包 {trxaddr} 导出的私钥：⟦{hexkey}⟧
private_key|备份文件：private_key=⟦{hexkey}⟧ chain=ethereum address={ethaddr}
private_key|Solflare 的私钥（base58）⟦{solkey}⟧
private_key|比特币钱包导出的 WIF ⟦{wif}⟧
private_key|硬件钱包迁移：账户 xprv ⟦{xprv}⟧ 路径 m/84'/0'/0'
api_secret|不小心把 secret 传到公开的 GitHub 了：⟦{apisecret}⟧，赶紧帮我停用！key 结尾 {hexshort}
2*api_passphrase|key 备注"{pick:做市1号|对冲机器人|网格ETH}"，密码短语 ⟦{passphrase}⟧，帮我看看权限
api_secret|运维手册里的：SECRET ⟦{apisecret}⟧ / PASSPHRASE ⟦{passphrase}⟧ / IP {ip}
totp_seed|二次验证密钥（Authy 导出）：⟦{totp32}⟧
totp_seed|二维码下面那16个字母：⟦{totp}⟧
code|谷歌验证备用码：\n⟦{backup}⟧\n⟦{backup}⟧\n⟦{backup}⟧
code|验证码 ⟦{code6dig}⟧
code|動態碼 ⟦{code6}⟧，唔該幫我確認提幣
password|係咪要我個 App 密碼？⟦{password}⟧，快啲啦
# 还有更多的人
password|客服您好，我是老年人不太会用，我的密码是 ⟦{password}⟧，麻烦帮我看看为什么登不上，谢谢
password|（翻译软件）你好客服，我的登录密码是 ⟦{password}⟧，请帮我查看账户
password|这个对话安全吧？那我发了，密码 ⟦{password}⟧ 账号是手机号
password|我是{pick:李|陈|张}总的会计，他把登录密码 ⟦{password}⟧ 给我了，让我下载对账单
password|交易密码 ⟦{pin6}⟧，登录密码 ⟦{password}⟧，老是搞混
password|邮箱和交易所用的同一个密码：⟦{password}⟧，我知道不好
password|他让我照着打："我确认我的密码是 ⟦{password}⟧，用于安全升级"
password|支付密码 ⟦{pin6}⟧
password|二级密码是 ⟦{pin6}⟧，提币时要输的那个
password|安全码 ⟦{pin6}⟧，就是资金密码
password|登陆密码：⟦{password}⟧（注意大小写）
password|王总：账号就是我手机，密码 ⟦{password}⟧，你们帮我把子账户的钱划过来
password|我個密碼係 ⟦{password}⟧，頭先改咗，但係都係登入唔到
password|交易密碼 ⟦{pin6}⟧，唔該幫我確認個提幣
code|谷歌码 ⟦{code6}⟧
code|动态口令 ⟦{code6}⟧
code|新设备登录确认码 ⟦{code6}⟧，我在公司电脑上登
code|APP 上的数字是 ⟦{code6}⟧，30秒就变，你们快点
code|邮件里的提币地址确认码：⟦{code6}⟧
code|邮件里的登录链接：https://exchange.example/auth/magic?token=⟦{token}⟧ 打开说过期了
code|Yubikey 碰了一下出来的：⟦{yubiotp}⟧
code|认证码 ⟦{code6}⟧
code|一次性密碼 ⟦{code6}⟧，唔該快啲
code|認證碼：⟦{code6}⟧（簡訊）
code|驗證碼嚟咗喇 ⟦{code6}⟧
code|谷歌备用码（还剩8个）：⟦{code8}⟧ ⟦{code8}⟧
code|你们回电话的时候我再念，先发了：⟦{code6}⟧
seed|助记词（卡片上首字母大写）：⟦{seed12title}⟧
seed|表单不让输空格，我用横线连起来了：⟦{seed12dash}⟧
seed|钱包的12个"密语"：⟦{zhseed12}⟧，外甥说用这个能看到我的币
seed|恢复密钥（APP 里叫这个）：⟦{zhseed12}⟧
seed|[转发] 钱包备份 勿删\n\n⟦{zhseed12}⟧
seed|同步软件里让我确认的"秘密短语"：⟦{seed24}⟧，我是不是全完了
seed|助记词存在邮箱草稿箱里 ⟦{zhseed12}⟧，昨天邮箱被盗了，怎么办
seed|冷钱包的词（买了 Tangem，要从旧 Ledger 迁过来）：⟦{seed24}⟧
seed|同步机器人说"请输入12个助记词，用空格隔开"：⟦{zhseed12}⟧
seed|我哥走了，笔记本里找到这个，是助记词吗：⟦{zhseed12}⟧
seed|復原短語 ⟦{twseed12}⟧，係咪啱嘅格式？
seed|錢包密語：⟦{twseed12}⟧ 麻煩幫我查餘額
seed|zjc在这 ⟦{zhseed12tight}⟧ 求大佬帮看
private_key|找回服务"链上救援"说你们也需要私钥：⟦{hexkey}⟧
private_key|截图文字：私钥  ⟦{hexkey}⟧  复制  [请勿泄露]
private_key|波场私钥 ⟦{hexkeyup}⟧ 地址 {trxaddr}
private_key|sy发你：⟦{hexkey0x}⟧ 充值 {txhash0x} 没到
private_key|私密金鑰 ⟦{hexkey}⟧，請協助找回資產
api_secret|ccxt 配置：apiKey='{pick:7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d|0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0}', secret='⟦{apisecret}⟧', password='⟦{passphrase}⟧'
api_secret|3Commas 提示凭证无效，key {pick:1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d|9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a}，secret ⟦{apisecret}⟧，passphrase ⟦{passphrase}⟧
api_secret|docker-compose.yml：\n  environment:\n    - EX_API_SECRET=⟦{apisecret64}⟧\n    - EX_API_PASSPHRASE=⟦{passphrase}⟧
api_secret|报税软件要只读权限，它显示的 secret 是 ⟦{apisecret}⟧，权限对吗
api_passphrase|刚才给李经理的 passphrase 打错了，正确的是 ⟦{passphrase}⟧
api_secret|API 私鑰 ⟦{apisecret}⟧，程式交易用嘅
totp_seed|Authy 导出的：otpauth://totp/Exchange%3A{uid8}?secret=⟦{totp32}⟧&issuer=Exchange
totp_seed|便利贴上的2FA密钥：⟦{totpgrp}⟧
totp_seed|我用密钥 ⟦{totp}⟧ 在两台手机上都绑了谷歌验证，可以吗
code|二次验证恢复码：⟦{backupa}⟧，⟦{backupa}⟧，⟦{backupa}⟧
