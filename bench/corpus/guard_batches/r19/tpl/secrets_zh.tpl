# r19 secrets (zh): every line holds at least one marked secret. Simplified, some Traditional, mixed zh/en.
seed|你好，我换了新手机恢复钱包一直提示助记词无效，我抄的是：⟦{{seed12}}⟧ 麻烦帮我看看哪个词错了
seed|助记词 ⟦{{seed12:commazh}}⟧ 这个钱包里的币怎么转到交易所
seed|客服您好，我爸的冷钱包，他只留了这张纸：⟦{{seed24}}⟧ 老人家不会操作，能不能你们直接帮忙取出来
seed|我的助记词是⟦{{seed12:numzh}}⟧，导入以后余额是0，明明有两千多U
seed|⟦{{seed12:caps}}⟧ 这个是我备份的，手机截图上就是连在一起的
seed|助記詞如下：⟦{{seed12:title}}⟧ 請幫我確認錢包地址
seed|语音输入的不好意思，我的恢复短语是⟦{{seed12}}⟧，能帮我找回吗
seed|一共十二个单词 ⟦{{seed12:dun}}⟧ 是不是顺序不对
seed|钱包备份的英文单词：⟦{{seed15}}⟧ 一共15个，我以为是12个
seed|麻烦看一下 ⟦{{seed12:fullwidth}}⟧ 我用的全角输入法打的
seed|这是我的helper words (助记词)：⟦{{seed12:zwsp}}⟧ 从备忘录复制的
seed|之前在你们Web3钱包里创建的，助记词 ⟦{{seed18}}⟧，现在APP升级后钱包不见了
seed|我觉得可能有一个词拼错了 ⟦{{seed12:typo}}⟧
seed|我的钱包被盗了！！！助记词 ⟦{{seed12:upper}}⟧ 你们能不能冻结那个地址
seed|这个是我朋友给的助记词，他说里面有USDT让我帮他提出来 ⟦{{seed12:comma}}⟧
seed|導入錢包一直失敗，我的助記詞：⟦{{seed12:numbered}}⟧
seed|事情是这样的：上周我在一个群里看到空投活动，按照步骤把钱包连上了，后来发现USDT少了，我现在想把剩下的ETH转到你们交易所，但是钱包APP打不开了，只有助记词 ⟦{{seed12:cyrillic}}⟧ ，请问用你们的Web3钱包导入安全吗？另外被转走的能追回吗？
seed|24个词 ⟦{{seed24:numlines}}⟧ 请帮我恢复
seed|恢复词：⟦{{seed12:slash}}⟧
seed|我老公手写的，字有点潦草 ⟦{{seed12:typo}}⟧ 提示第几个词不对
seed|你们之前让我备份的那串英文 ⟦{{seed12:semi}}⟧
seed|我的私钥（就是那12个单词）⟦{{seed12:doublespace}}⟧ 麻烦转到我的现货账户 UID 在后面
seed|助记词:⟦{{seed12:nospace}}⟧
seed|這是我的備份短語 ⟦{{seed18:comma}}⟧ 餘額不見了
seed|刚才那位客服让我把助记词发过来核对一下 ⟦{{seed12:lines}}⟧
seed|⟦{{seed12:numparen}}⟧ 就是这些，第8个我不确定
seed|钱包恢复短语 ⟦{{seed24:commazh}}⟧ 提币地址就是这个钱包的
seed|我把助记词存在微信收藏里了，复制出来是这样的：⟦{{seed12:zwjoin}}⟧
seed|Trust钱包的单词 ⟦{{seed12:cyrillic}}⟧ 提示 invalid mnemonic
seed|小狐狸钱包的助记词 ⟦{{seed12:title}}⟧ 能查到里面的币吗
seed|你好 我是新手 这个 ⟦{{seed15:dun}}⟧ 是什么东西 钱包叫我一定要抄下来
seed|老师说把这12个词发给客服就能解冻 ⟦{{seed12}}⟧
seed|請問這組助記詞 ⟦{{seed12:numcolon}}⟧ 可以在你們的APP匯入嗎
seed|助记词（硬件钱包的）：⟦{{seed24:semi}}⟧
seed|单词如下 ⟦{{seed12:typo}}⟧ 其中有一个我抄的时候可能少了个字母
seed|我的钱包种子 ⟦{{seed12:upper}}⟧ 全大写是不是有问题
seed|帮我看看为什么导入的地址不一样：⟦{{seed12:numbrack}}⟧
hexkey|这是我的私钥 ⟦{{hex64}}⟧ 能帮我把币转出来吗
hexkey|私钥：⟦{{hex64:0x}}⟧ 地址：{{eth}}
hexkey|導出的私鑰 ⟦{{hex64:upper}}⟧ 請幫忙查一下
hexkey|钱包APP里"导出私钥"显示的是 ⟦{{hex64:g8}}⟧ 中间有空格是正常的吗
hexkey|我从旧电脑里找到的密钥文件，里面写着 ⟦{{hex64:wrap}}⟧
hexkey|pk是 ⟦{{hex64:g4}}⟧ 麻烦快一点
hexkey|私钥（64位那个）⟦{{hex64:g16dash}}⟧ 我的币被卡在合约里了
hexkey|朋友帮我导出来的 ⟦{{hex64:wrap3}}⟧ 是这个吗
hexkey|钱包私钥 ⟦{{hex64}}⟧ 请问能不能直接导入你们的钱包
solkey|Phantom导出的私钥：⟦{{sol}}⟧ SOL一直到不了账
solkey|索拉纳钱包私钥 ⟦{{sol}}⟧ 帮我看看余额
solkey|id.json里面就是这一串数字 ⟦{{solbytes}}⟧ 是私钥吗
solkey|我的SOL钱包key ⟦{{sol}}⟧ 请帮我把代币转到交易所
wif|比特币纸钱包，上面的私钥是 ⟦{{wif}}⟧
wif|2013年的老钱包，WIF格式私钥 ⟦{{wifu}}⟧ 还能用吗
xprv|Electrum里面导出的主私钥 ⟦{{xprv}}⟧
xprv|扩展私钥 xprv：⟦{{xprv}}⟧ 余额对不上
api|量化机器人一直报错签名无效，API Key：⟦{{apikey}}⟧ Secret Key：⟦{{apisecret}}⟧ 密码短语：⟦liangHua888⟧
api|api密钥 ⟦{{alnum64}}⟧ 私密密钥 ⟦{{alnum64}}⟧ 帮我看下权限
api|子账户的API：key=⟦{{alnum32}}⟧ secret=⟦{{b64secret}}⟧
api|创建API时设置的Passphrase是 ⟦Qq@20261107⟧，现在提示错误
api|我把API信息发给你们：\nAPIKey：⟦{{apikey}}⟧\nSecretKey：⟦{{hex32}}⟧\nPassphrase：⟦woaibtc!⟧
api|只读API给报税软件用的 ⟦{{alnum32}}⟧ 密钥 ⟦{{alnum64}}⟧
api|API的secret（只显示一次那个）：⟦{{b64secret}}⟧
api|這是我的API私鑰 ⟦{{apisecret}}⟧ 請確認是否已經停用
api|网格机器人连不上 API密钥⟦{{hex32}}⟧
totpkey|谷歌验证器的密钥 ⟦{{b32}}⟧ 换手机了怎么恢复
totpkey|绑定谷歌验证时那串字母 ⟦{{b32:g4}}⟧ 我当时抄下来了
totpkey|2FA密钥（备份用的）⟦{{b32long}}⟧
totpkey|身份验证器的设置密钥是 ⟦{{b32:lowerg4}}⟧ 请帮我解绑
totpkey|谷歌驗證器金鑰 ⟦{{b32}}⟧ 手機丟了
totpkey|这是我抄的谷歌密钥 ⟦{{b32:lower}}⟧ 你们那边能看到是不是一样的吗
totpkey|Google验证的16位密钥 ⟦{{b32}}⟧，麻烦帮我关一下二次验证
backup|备用验证码 ⟦61827-40395⟧ ⟦22918-70446⟧
backup|恢复码：⟦QW7R-8TZK-M2XP⟧ 还有几个在家里
backup|两步验证的应急码 ⟦7741 0825 6613⟧ 提示已失效
backup|紧急备份码是 ⟦h3k9 2mfp⟧ 和 ⟦x8q1 w4ze⟧
code|验证码⟦573910⟧
code|短信刚到：⟦836402⟧，你们快点
code|谷歌验证码 ⟦419 207⟧ 一直显示错误
code|验证码是⟦五八二零七三⟧
code|我手机收到的数字是⟦陆贰玖零叁壹⟧
code|邮箱验证码：⟦2 8 4 6 1 9⟧
code|你刚才问的那个码 ⟦730155⟧
code|谷歌驗證碼 ⟦094826⟧ 麻煩快點
code|簡訊驗證碼是 ⟦六一八三三零⟧
code|短信里说"您的验证码为⟦921764⟧，请勿泄露"，发给客服应该没事吧
code|收到了⟦3-9-0-5-5-2⟧
code|邮件里的验证码 ⟦XK47P2⟧ 要填在哪里
code|Google验证器上现在是⟦608 331⟧
code|语音转文字：验证码 ⟦幺四七七零八⟧ 谢谢
code|那个六位数的码：⟦二七四，九一六⟧
code|短信验证码⟦185023⟧邮箱验证码⟦644097⟧都输了还是不行
code|刚收到提币确认的邮件，验证码 ⟦719284⟧ 我没有操作提币啊！是不是被盗了
code|验证码发你：⟦452 618⟧
code|动态码⟦032947⟧
code|手机上的码 ⟦零九八八二一⟧ 是不是过期了
password|我的密码是⟦lin19900815⟧ 一直提示密码错误
password|登录密码 ⟦Abc#778899⟧ 帮我看下为什么登不上
password|账号是我手机号，密码⟦woaini1314520⟧
password|密碼：⟦Tw-Taipei-101⟧ 無法登入
password|我的登錄密碼是 ⟦ｈａｐｐｙ２０２６⟧ 是全形的關係嗎
password|口令 ⟦Zh@ngWei_88⟧
password|pwd:⟦hongkong852!⟧
password|昨天改的新密码⟦Xiaomao_2026⟧，今天就登不上了
password|试了⟦qazwsx123⟧和⟦QAZwsx123!⟧都不对
password|我老婆设的密码 ⟦FengShui6688⟧ 她说没改过
password|login密码是 ⟦Panda@Chengdu7⟧ 麻烦帮忙登一下
password|我所有账号都用这个 ⟦aa112233bb⟧ 你们重置成这个吧
password|密码 ⟦mima_Mima_123⟧ (区分大小写)
password|我的帳號密碼 ⟦tsai#0923⟧ 幫我查一下
password|登不上去，密码明明是⟦Spring-Rain-42⟧
password|邮箱 chen.l@mail.example 密码 ⟦CL_0412_cl⟧ 你们登进去看看就知道了
password|电脑上记住的密码显示是 ⟦yy$9821kk⟧
fundpw|资金密码 ⟦520131⟧ 提示错误
fundpw|我的交易密码（提币用的六位数）是⟦886201⟧
fundpw|資金密碼是 ⟦147258⟧ 請幫我解鎖提幣
fundpw|提币密码我设的是⟦lucky8⟧ 还是提示不对
fundpw|资金密码应该是⟦990726⟧，输错了三次被锁了
fundpw|交易密码 ⟦Ab520520⟧ 这个是对的吧
antiphish|我的防钓鱼码是 ⟦XIAOHUANGYA⟧，这样你们知道是我本人
antiphish|防钓鱼码设置成了 ⟦天天开心88⟧ 但是收到的邮件里没显示
antiphish|防釣魚碼 ⟦mooncake2026⟧ 請確認
password|密码：⟦O0o_Lingling_520⟧（第二个是数字零不是字母O）
code|验证码 ⟦417390⟧ 啊不对，是 ⟦417398⟧
seed|my seed phrase是 ⟦{{seed12}}⟧，帮我看下能不能导入
password|mima是⟦tangyuan0214⟧ denglu bu shang
code|yanzhengma ⟦662180⟧
hexkey|钱包导出的json文件里写着 {"address":"{{eth}}","privateKey":"⟦{{hex64}}⟧"}
