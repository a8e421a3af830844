#! repeat 2
password|P2P订单{order}买家说付了，我没收到，但我登录密码是⟦{pw}⟧你们帮我看看后台
password|密码：⟦{pw}⟧ 登不上去了啊，上币那天一直转圈
password|我的资金密码⟦{pin6}⟧，放币的时候一直提示错误
password|资金密码是 ⟦{pin6}⟧ 麻烦快点 买家在催了
password|口令 ⟦{pw}⟧ 是不是太简单了？被盗了吗
password|my 密码 is ⟦{pw}⟧，客服帮我重置一下
password|登录密碼 ⟦{pw}⟧ 一直顯示錯誤，請幫忙
password|交易密码⟦{pin6}⟧ 忘记是不是这个了
password|pwd ⟦{pw}⟧ 账号uid {uid}，被冻结了
password|我用手机全角打的密码 ⟦{pw_fw}⟧ 是不是因为这个登不上
password|OTC那边的客户经理让我把密码发给他，⟦{pw}⟧，我发了，没事吧
password|mima shi ⟦{pw}⟧ , denglu bu shang
password|新密码⟦{pw}⟧ 旧密码⟦{pw2}⟧ 都不对，怎么搞
password|跟单账户的密码是⟦{pw}⟧，带单员停了我平不了仓
password|支付密码⟦{pin6}⟧ 我怕被人看到了要不要改
password|{bank_zh}卡被冻了，卡尾号{cardtail}，网银密码⟦{pw}⟧，你们能帮我跟银行说一下吗
password|資金密碼：⟦{pin6}⟧ 放幣失敗 訂單{order}
password|密码就是⟦{pw}⟧ 跟我邮箱同一个 会有问题吗
code|验证码⟦{code6}⟧ 页面超时了你帮我输一下
code|验证码：⟦{code6_zh}⟧
code|短信驗證碼 ⟦{code6}⟧ 收到了 然後呢
code|谷歌验证器现在显示 ⟦{code6}⟧，帮我确认提币 {amount} USDT
code|邮箱验证码 ⟦{code6}⟧ 晚了十分钟才到 还有效吗
code|卖家让我把短信码给他 是 ⟦{code6}⟧ 我发你还是发他
code|code ⟦{code6_spaced}⟧
code|谷歌码 ⟦{code6}⟧ 不对 现在 ⟦{code62}⟧ 快点
code|验证码 ⟦{code6_fw}⟧ 输了三次都不行
code|2FA 备用码 ⟦{backup}⟧ ⟦{backup2}⟧ 能不能用来登录
code|恢复码 ⟦{backup}⟧ 手机丢了 验证器没了
code|备份码⟦{backup}⟧ 麻烦帮我解绑谷歌
code|银行发的动态码是⟦{code6}⟧ 你们要吗
code|yanzhengma ⟦{code6}⟧ shu le mei fanying
code|Telegram上说是VIP经理，让我念验证码，⟦{code6}⟧，他是真的吗
code|四位的码 ⟦{code4}⟧ 正常吗
totp_key|绑定谷歌验证的时候那串密钥是 ⟦{b32}⟧，你们能帮我恢复吗
totp_key|谷歌验证器的备份密钥：⟦{b32_grp}⟧ 换手机了导不进去
totp_key|2FA 密钥 ⟦{b32}⟧ 我抄在本子上的
totp_key|当时的16位密钥？好像是 ⟦{b32}⟧ 二维码没了
api_secret|API key {apikey} 密钥 ⟦{apisecret}⟧ 密码短语 ⟦{apipass}⟧ 网格机器人一直报签名错误
api_secret|Secret Key：⟦{apisecret}⟧（API Key 是 {apikey}），只开了交易权限 安全吧
api_secret|api的passphrase是⟦{apipass}⟧ 区分大小写吗
api_secret|跟单工具要填 secret，是不是 ⟦{apisecret}⟧ 这个
api_secret|OTC要接API，我建了 {apikey}，SecretKey ⟦{apisecret}⟧，IP白名单填什么
api_secret|apikey={apikey}&secretkey=⟦{apisecret}⟧&passphrase=⟦{apipass}⟧ 报错50113
seed|助记词 ⟦{seed12}⟧ 我跨链到{chain}之后币没了
seed|{wallet}的助记词：⟦{seed12}⟧ 帮我看看是不是被盗了
seed|⟦{seed24}⟧
seed|助記詞⟦{seed12}⟧ 請幫忙查一下
seed|我记得是 ⟦{seed12_typo}⟧ 但是钱包说无效
seed|24个词 ⟦{seed24_typo}⟧ 导入失败
seed|⟦{seed12_caps}⟧ 空投网站把我的币全转走了！！
seed|空投页面让我验证钱包 我输了 ⟦{seed12_capsjoined}⟧ 是不是被骗了
seed|助记词（中文的）：⟦{seed12_zh}⟧ imToken 导不进去
seed|我的中文助记词 ⟦{seed12_zh}⟧ 对吗
seed|备忘录里复制的：⟦{seed12_dash}⟧
seed|{seed12_num}
seed|助记词如下 {seed12_numnl}
seed|24个单词：{seed24_num}
seed|助记词 ⟦{seed12_zwsp}⟧（从pdf复制的）
seed|手机打出来是这样的 ⟦{seed12_fullwidth}⟧
seed|zhujici ⟦{seed12_cyr}⟧ bang wo zhao hui
seed|上币空投让我“核对助记词”，我填了 ⟦{seed12}⟧，现在{coin}全没了
seed|跟单钱包的助记词→⟦{seed12_comma}⟧
seed|两个钱包 一个是 ⟦{seed12}⟧ 另一个 ⟦{seed122}⟧
private_key|私钥 ⟦{hex64}⟧ 怎么导入Web3钱包
private_key|私鑰：⟦{hex64_0x}⟧
private_key|纸上抄的私钥 ⟦{hex64_grp8}⟧
private_key|小狐狸导出来的私钥\n⟦{hex64_wrap}⟧\n跨链卡住了
private_key|Phantom 导出的私钥 ⟦{sol}⟧ {token} 空投没到
private_key|sol 钱包私钥 ⟦{sol}⟧ 帮我查查是不是被盗
private_key|老的纸钱包 WIF ⟦{wif}⟧ 能不能扫到我充值地址
private_key|Electrum 的 xprv ⟦{xprv}⟧ 旧找零地址里有币
private_key|大宗交易的经理说要主私钥才能结算 ⟦{xprv}⟧ 给你们了
private_key|“钱包验证”机器人要私钥 我发了 ⟦{hex64}⟧ 还安全吗
private_key|PRIVATE KEY ⟦{hex64_upper}⟧ 收空投的那个钱包
antiphish|我自己设的防钓鱼码是⟦{antiphish}⟧，官方邮件都会带这个吧
antiphish|防钓鱼码我设成了 ⟦{antiphish}⟧ 帮我确认下生效没
password|买家说{bank_zh}转了 流水号{bankref} 我没看到 网银登录密码⟦{pw}⟧ 你们自己上去看
code|买家uid {uid} 一直要“验证码”，我发这里可以吗 ⟦{code6}⟧
password|密码 ⟦{pw}⟧ 谷歌 ⟦{code6}⟧ uid {uid} 帮我登进去把跟单取消
private_key|私钥⟦{hex64}⟧ 地址 {evm} 跨到{chain}六小时还在pending
seed|上币当天慌了把助记词填到空投表单里了：⟦{seed12}⟧ 怎么办啊
password|密 码 是 ⟦{pw}⟧ 谢 谢
