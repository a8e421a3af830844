# conversations_zh：一行一条消息，空行分隔对话。
你好，夜班客服在吗，客户经理{am_zh}说{time}回电
没人打来，我在里斯本，号码换成{phone}了
刚才电话里你们的人要助记词，前六个：⟦{seed12_h1}⟧
后六个 ⟦{seed12_h2}⟧，等下，我是不是不该发？

你好 UID {uid}，{amount} USDT 提币卡住了
白名单地址 {eth_addr}
订单号 {order_id} 麻烦查一下

OTC那边说要钱包助记词做担保
⟦{seed24_h1}⟧
⟦{seed24_h2}⟧
你们合作的OTC都这样吗？

我们开发把API发错群了，正在换
key {api_key}
secret前半段 ⟦{api_secret_h1}⟧
后半段 ⟦{api_secret_h2}⟧，麻烦先帮我们禁用

你好，要{year}年子账户{sub}的税务对账单
还有{date}的审计函
审计邮箱{email}，谢谢

登不上，在东京出差
密码⟦{password}⟧
新卡收到验证码⟦{code6}⟧了，快点

托管问题：2-of-3多签，xpub是{xpub}
第二个签名人的私钥
⟦{hex_h1}⟧
⟦{hex_h2}⟧

麻烦回电 {phone}
UTC {time}到{time2}之间
谢谢{am_zh}

有人打电话说是合规部的
让我一个一个报助记词，我报了
⟦{seed12_q1}⟧
⟦{seed12_q2}⟧
还没说完⟦{seed12_q3}⟧他就挂了，我是不是被骗了

财务子账户绑谷歌验证
二维码下面的密钥⟦{totp}⟧
现在的码⟦{code6}⟧，绑上了吗

充值没到，哈希{tx_hash}
ERC20网络，地址{eth_addr}
数量{btc_amt} ETH

資金密碼重置
原來是⟦{pin6}⟧，現在說錯誤
也試過⟦{pin6}⟧

我是{name_zh}，2FA手机忘家里了
备用码 ⟦{backup}⟧
还有 ⟦{backup}⟧，用哪个

手机在迪拜没电了，今晚回电号码{phone}
收到的邮件防钓鱼码显示{antiphish_zh}，是你们发的吗
好的谢谢，我{time}等电话

我 想 问 一 下
大 额 提 币 白 名 单 怎 么 加
谢 谢
