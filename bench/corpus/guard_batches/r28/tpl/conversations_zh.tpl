你好 {token}空投页面让我验证钱包
我先输了前面一半 ⟦{seed12_h1}⟧
后面是 ⟦{seed12_h2}⟧ 然后报错了 是你们吗

P2P订单{order} 买家说付了 我{bank_zh}没到账
他现在让我先放币 说回头再打
流水号他给的是{bankref} 我要放吗

TG上的VIP经理要我登录信息
我还没给 他说发这里让你们查
密码是⟦{pw}⟧

上币那天之后就登不上了
谷歌验证一直失败
码 ⟦{code6_spaced}⟧
现在是 ⟦{code62}⟧

跨链卡住了 哈希{tx}
导出的私钥前半段 ⟦{hex64_h1}⟧
后半段 ⟦{hex64_h2}⟧

大宗OTC 想买{big} USDT UID {uid}
结算银行{bank_zh} 参考号{bankref}
我们的客户经理是谁 APP里没人回

跟单机器人签名失败
key {apikey}
secret ⟦{apisecret}⟧
passphrase ⟦{apipass}⟧

卖U后{bank_zh}卡被冻了 尾号{cardtail}
银行要P2P交易记录
订单{order}和{order2} 金额{cny}和{cny2}元

收空投的钱包助记词：
{seed12_num}
帮我看看被盗没

钱包同步网站让我输助记词 我输了
⟦{seed12_zh}⟧
是不是钓鱼网站

手机丢了 谷歌验证没了
我有备用码
⟦{backup}⟧
⟦{backup2}⟧

商家{merchant_zh}让我加微信{phone}付款
我没加 已经举报了 订单{order}
这样做对吧

Phantom私钥 ⟦{sol_h1}⟧
没发完 ⟦{sol_h2}⟧
{token}在{chain}上一直没到

邮件防钓鱼码写的{antiphish} 叫我重置谷歌
我没申请过重置
是真的吗 我没点

放币要资金密码？
是⟦{pin6}⟧
订单{order} 买家在等

你 好 我 想 问 一 下 大 宗 交 易
最 低 多 少 U 起 步
手 续 费 怎 么 算
