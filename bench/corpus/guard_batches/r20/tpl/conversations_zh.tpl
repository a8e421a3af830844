# r20 conversations (zh): consecutive customer messages; a blank line ends a conversation. Blind.
助记词前半部分 ⟦{{seed12@a:p1/2}}⟧
后半部分 ⟦{{seed12@a:p2/2}}⟧

消息太长发不出去，我分三次发
⟦{{seed12@b:p1/3}}⟧
⟦{{seed12@b:p2/3}}⟧
⟦{{seed12@b:p3/3}}⟧ 就这些

第1到12个：⟦{{seed24@c:p1/2}}⟧
第13到24个：⟦{{seed24@c:p2/2}}⟧

⟦{{seed12@d:s1-7}}⟧
等下 快递来了
⟦{{seed12@d:s8-12}}⟧

我的恢复词是 ⟦{{seed12@e:s1-11}}⟧
最后一个忘了 是 ⟦{{seed12@e:s12-12}}⟧

18 个词分两次
⟦{{seed18@f:p1/2}}⟧
⟦{{seed18@f:p2/2}}⟧

你是要我登录 App 的那个密码吗？
⟦Jinyu_2023!⟧

屏幕碎了 验证码分开发
⟦39⟧
⟦61⟧
⟦07⟧

私钥太长了，前半段 ⟦{{hex64@g:h1}}⟧
后半段 ⟦{{hex64@g:h2}}⟧

Phantom 私钥第一段 ⟦{{sol@h:h1}}⟧
第二段 ⟦{{sol@h:h2}}⟧

API Key ⟦{{apikey@i}}⟧
Secret ⟦{{b64secret@i}}⟧
Passphrase 是 ⟦Haitang_77⟧

谷歌验证器绑定的密钥 ⟦{{b32@j}}⟧
现在显示的是 ⟦258604⟧

要哪个密码？登录的还是资金的？
资金密码是 ⟦940517⟧

驗證碼是 ⟦四八五⟧
⟦二零三⟧ 剛才沒發完

帳號密碼
⟦lanlan0818⟧

xprv 太长分两次 ⟦{{xprv@k:h1}}⟧
⟦{{xprv@k:h2}}⟧

充值没到，UID {{digits9}}
哈希前半段 {{txid@m:h1}}
后半段 {{txid@m:h2}}
ERC20 0.3 ETH

我账户好像被人登录过
我已经改了密码，也开了谷歌验证
还需要做什么吗？最近一笔提币 ID {{digits18}}
