## r27 secrets, Chinese: 周末找回账户/KYC 队列
# r27 (guardeval27) - 客户消息，含虚构的秘密，周末找回/KYC 队列
*2 password|账号被锁了，密码是⟦{pw}⟧，{输了|试了|打了}好几次都不对，急！
*2 password|我的登录密码：⟦{pw}⟧ 邮箱{email} 麻烦帮我解冻一下
*2 password|资金密码⟦{pin6}⟧，提币一直提示错误，是不是换了手机卡就被锁了
password|口令 ⟦{pw_pinyin}⟧ 没错啊 为啥登不上
password|my 密码 is ⟦{pw}⟧，帮忙看看
password|密码：⟦{pw_fw}⟧（全角输入法打的，不知道有没有影响）
password|交易密码六位数 ⟦{pin6}⟧ 我确定没记错
password|密碼是⟦{pw}⟧，請幫我重設二次驗證，手機掉了
password|登录pwd⟦{pw_pinyin}⟧ 资金pwd⟦{pin6}⟧ 都给你了 快点处理
password|我爸的账户，他走了以后我们在他本子上找到密码⟦{pw}⟧，我是他女儿，继承的话要什么材料
password|mima shi ⟦{pw_pinyin}⟧ , shouji diu le, zen me ban
password|那个自称客服的让我把密码发这里核对：⟦{pw}⟧
password|旧密码⟦{pw}⟧ 新密码想改成⟦{pw}⟧ 你们后台能改吗
password|支付密码⟦{pin6}⟧，C2C 卖币的时候一直说错误
*2 code|验证码{是|：|发过来了}⟦{code6}⟧
*2 code|短信验证码 ⟦{code6sp}⟧ 刚收到的 快
code|验证码：⟦{code_zh}⟧
code|谷歌验证码⟦{code6}⟧，输进去说无效，是不是时间不对
code|邮箱码⟦{code6}⟧ 手机码⟦{code6}⟧ 一起给你
code|新补的卡，收到的码是 ⟦{code_fw}⟧
code|备用码（恢复码）⟦{backup}⟧ 提示已使用？我没用过啊
*2 code|开2FA时存的备份码：⟦{backup}⟧、⟦{backup}⟧
code|驗證碼⟦{code6}⟧，麻煩快一點
code|yanzhengma ⟦{code6}⟧ ni kan yi xia
code|Google Authenticator 现在显示 ⟦{code6}⟧，还有十几秒
code|语音验证码念的是⟦{code_zh}⟧
code|那个码是⟦{code4}⟧，四位的，对吗
*2 totp_seed|当初绑定谷歌验证器的密钥我抄下来了：⟦{b32}⟧，能不能用这个帮我恢复
totp_seed|2FA 的手动输入密钥 ⟦{b32g}⟧，换手机了验证器里啥都没了
totp_seed|二次验证秘钥⟦{b32}⟧
totp_seed|谷歌驗證器的金鑰是 ⟦{b32}⟧，截圖還在
*2 api_secret|量化机器人停了。API Key {apikey}（公钥），Secret Key ⟦{apisecret}⟧，Passphrase ⟦{passphrase}⟧，是不是被你们冻结了
api_secret|API 密钥 ⟦{apisecret}⟧ 一直报签名错误
api_secret|子账户的 api 口令 ⟦{passphrase}⟧，我没改过
api_secret|Secret：⟦{apisecret}⟧ 子账户UID {uid}，机器人是朋友帮我搭的
api_secret|APIKey：{apikey}\nSecretKey：⟦{apisecret}⟧\n密码短语：⟦{passphrase}⟧
*2 seed|助记词：⟦{seed12}⟧ 帮我找回钱包
*2 seed|我的助记词是 ⟦{seed12}⟧，你们看看对不对
seed|24个助记词⟦{seed24}⟧
seed|助記詞 ⟦{seed12}⟧ 請幫我確認
seed|中文助记词：⟦{seed_zh}⟧
seed|备忘录里存的，没空格：⟦{seed12_nosp}⟧
*2 seed|有一个词可能抄错了 ⟦{seed12_typo}⟧
seed|⟦{seed12_caps}⟧ 这是我卡片上抄的，都是大写
seed|⟦{seed12_comma}⟧
seed|按顺序：{seed12_num}
seed|卡片上是带编号的：{seed24_num}
seed|从笔记复制的：\n{seed12_numlines}
seed|分三行写的：\n⟦{seed12_lines}⟧
seed|全角打的 ⟦{seed12_fw}⟧
seed|那个"恢复专员"说要我的助记词才能帮我把币追回来：⟦{seed12}⟧
seed|zhujici: ⟦{seed12_dash}⟧
seed|妈妈去世了，遗物里有一张纸写着⟦{seed12_title}⟧，这是她交易所的吗？
seed|⟦{seed24_typo}⟧ 字迹看不太清，有两个不确定
*2 private_key|私钥⟦{hexkey}⟧ 帮我把币转到交易所
private_key|私鑰：⟦{hexkey_0x}⟧
private_key|纸钱包上的私钥是分段的 ⟦{hexkey_g8}⟧
private_key|私钥太长换行了：⟦{hexkey_wrap}⟧
private_key|WIF格式的私钥 ⟦{wif}⟧ 能导入吗
private_key|xprv ⟦{xprv}⟧ 扩展私钥，老地址的币都在这下面
*2 private_key|Phantom 钱包私钥 ⟦{solkey}⟧，SOL 提到那里去了
private_key|siyao ⟦{wif}⟧ bang wo kan kan
anti_phishing|我设置的防钓鱼码是⟦{aph_zh}⟧，你们发的邮件里没有
anti_phishing|防钓鱼码 ⟦{aph}⟧ 是我自己设的，证明我是本人
mixed|UID {uid}，登录密码⟦{pw}⟧，资金密码⟦{pin6}⟧，现在的谷歌码⟦{code6}⟧，今天必须提出来
mixed|手机丢了，只剩助记词⟦{seed12}⟧和旧密码⟦{pw}⟧
mixed|提币 {amt} {coin} 一直审核中，邮箱验证码⟦{code6}⟧，资金密码⟦{pin6}⟧
mixed|帐号{phone_zh} 密碼⟦{pw}⟧ 驗證碼⟦{code6}⟧ 幫我登進去看看
## --- second pass
*2 password|我是{name_zh}，密码是⟦{pw}⟧，手机在地铁上被偷了，先帮我冻结提币
*2 password|密码⟦{pw_lower}⟧
*2 password|登录密码：⟦{pw}⟧，资金密码：⟦{pin6}⟧
password|账号 {phone_zh} 密码 ⟦{pw}⟧
password|APP锁屏密码⟦{pin6}⟧，面容识别更新后不能用了
password|刚改的密码⟦{pw}⟧，一小时就又锁了？？
password|我老婆（已过世）的密码应该是⟦{pw}⟧或者⟦{pw_pinyin}⟧，她到处都用这两个
password|安全密码 ⟦{pin6}⟧ 就是提币那个，对吧
password|密码是 ⟦{pw}⟧ 不对 是 ⟦{pw}⟧ 大写开头那个
password|MIMA：⟦{pw_pinyin}⟧
password|我的密碼⟦{pw_fw}⟧
*2 code|{验证码|驗證碼|码} ⟦{code6}⟧ 快点
*2 code|六位数是⟦{code6sp}⟧
code|邮件验证码⟦{code6}⟧，短信验证码⟦{code6}⟧，都在这
code|身份验证器显示⟦{code6}⟧
code|短信里的数字是⟦{code_zh}⟧吧
code|第三个备用码：⟦{backup}⟧
code|打印的2FA恢复码：⟦{backup}⟧，⟦{backup}⟧，⟦{backup}⟧
code|新设备验证码⟦{code6}⟧，我儿子帮我弄的
code|收到⟦{code6}⟧了
code|驗證碼是⟦{code_zh}⟧
totp_seed|2FA 密钥（备份在笔记里）：⟦{b32}⟧
totp_seed|验证器的设置密钥 ⟦{b32g}⟧
totp_seed|二维码内容 otpauth://totp/Exchange:{email}?secret=⟦{b32_32}⟧&issuer=Exchange
totp_seed|谷歌验证 key ⟦{b32}⟧ 能帮我重新绑吗
api_secret|secretKey=⟦{apisecret}⟧ apiKey={apikey} passphrase=⟦{passphrase}⟧
api_secret|API 的密码短语 ⟦{passphrase}⟧，跟登录密码不一样吧
api_secret|机器人配置里 "secret": "⟦{apisecret}⟧"，要发给你们验证吗
api_secret|API密鑰⟦{apisecret}⟧，子帳戶的
*2 seed|{助记词|恢复短语|钱包助记词|12个词}：⟦{seed12}⟧
seed|⟦{seed24}⟧
seed|助记词 ⟦{seed12_comma}⟧ 求帮忙
*2 seed|有一个词不确定：⟦{seed12_typo}⟧
seed|⟦{seed12_caps}⟧
seed|卡片上带编号的：\n{seed12_numlines}
seed|1-12：{seed12_num}
seed|旧钱包的词 ⟦{seed12_zw}⟧
seed|zhu ji ci: ⟦{seed12}⟧
seed|中文助記詞 ⟦{seed_zh}⟧
seed|助记词（连在一起没空格，每个词首字母大写）⟦{seed12_nosp}⟧
seed|⟦{seed12_cyr}⟧ 复制过来的
*2 private_key|{私钥|私鑰|privkey}：⟦{hexkey}⟧
private_key|钢板上刻的私钥 ⟦{hexkey_g8}⟧
private_key|⟦{wif}⟧ 这是老的比特币纸钱包私钥，能帮我扫出来吗
private_key|扩展私钥 ⟦{xprv}⟧
private_key|Solana 私钥（Phantom 导出的）：⟦{solkey}⟧
private_key|小狐狸导出的私钥 0x ⟦{hexkey}⟧
private_key|私钥大写的 ⟦{hexkey_up}⟧
anti_phishing|防钓鱼码：⟦{aph}⟧（我自己在安全设置里设的）
anti_phishing|证明是我本人：我的防釣魚碼是⟦{aph_zh}⟧
mixed|新手机，密码⟦{pw}⟧，短信码⟦{code6}⟧，KYC {date_zh}已经通过了
mixed|我只有这些：助记词⟦{seed12}⟧，钱包密码⟦{pw}⟧
mixed|API secret ⟦{apisecret}⟧ 还有谷歌码 ⟦{code6}⟧，机器人两个都要？
mixed|UID {uid} 密码⟦{pw}⟧ 资金密码⟦{pin6}⟧ 帮我把{amt} {coin}提到{eth}
## --- third pass
password|您好，UID {uid} 的密码是⟦{pw}⟧，我74岁了，新版APP看不懂，麻烦帮我解锁
password|密码（小写）⟦{pw_lower}⟧ 邮箱 {email}
password|passwd=⟦{pw}⟧
password|密码不是⟦{pw}⟧就是⟦{pw}⟧，你们能看到是哪个吗
password|手机号{phone_zh}，密码⟦{pw_pinyin}⟧
password|子账户登录密码⟦{pw}⟧，帮我弄机器人的人设的
password|登陆密码 ⟦{pw}⟧ 麻烦了
password|我的資金密碼是⟦{pin6}⟧，提幣一直失敗
code|屏幕上现在是⟦{code6}⟧
code|好的 ⟦{code6}⟧
code|手表上看的，是⟦{code_zh}⟧
code|邮箱码⟦{code8}⟧（这次是8位？）
code|"您的验证码为⟦{code6}⟧，请勿泄露。"短信就是这么写的
code|备用码列表：⟦{backup}⟧ ⟦{backup}⟧
code|谷歌码⟦{code6sp}⟧，空格是我自己加的
totp_seed|身份验证器密钥 ⟦{b32g}⟧
api_secret|API：key {apikey} / secret ⟦{apisecret}⟧
api_secret|api 的 passphrase 是 ⟦{passphrase}⟧，secret 是 ⟦{apisecret}⟧
seed|⟦{seed12_dash}⟧（表单不让输空格所以用了横杠）
seed|我哥哥的钱包，纸上的词：⟦{seed12}⟧
seed|助记词 - ⟦{seed12_slash}⟧
seed|这十二个单词⟦{seed12}⟧是干嘛的？我爸留下的
private_key|WIF 私钥 ⟦{wif}⟧
private_key|邮件里私钥换行了：⟦{hexkey_wrap}⟧
private_key|私钥 {是|为} ⟦{hexkey_0x}⟧
private_key|sol 私钥 ⟦{solkey}⟧ 帮忙看下
anti_phishing|我的防钓鱼码设置的是⟦{aph}⟧，这封邮件里却是别的
