"""Well-known block explorers: the second list of sites an agent may link to.

Agents point customers to a transaction on a public block explorer every day ("check the TXID on
etherscan.io"): it is how a customer sees confirmations without trusting us. Those sites are not
the exchange's own, so they do not belong in the official domains (a customer's link that imitates
*those* is flagged as a phishing look-alike); they are a separate list, configured per deployment
(``--explorer-domain``, ``ServerConfig.explorer_domains``), with the defaults below when none is
given. An explorer and its subdomains are allowed in agents' replies; a host that imitates one
("etherscan-io.com", "etherscam.io", "etherscan.io.verify-tx.com") is refused as a look-alike, like
an imitation of the official domains.

Why these: the explorers of the chains a crypto exchange's deposits and withdrawals most often run
on (Bitcoin, Ethereum and its rollups, BNB Chain, Tron, Solana, Polygon, Avalanche, XRP, TON) —
each the chain's best-known public explorer, not a wallet or an exchange.
"""

from __future__ import annotations

from typing import Final

DEFAULT_EXPLORER_DOMAINS: Final = frozenset(
    {
        "etherscan.io",  # Ethereum (and optimistic.etherscan.io, sepolia.etherscan.io)
        "arbiscan.io",  # Arbitrum
        "basescan.org",  # Base
        "bscscan.com",  # BNB Smart Chain
        "polygonscan.com",  # Polygon
        "snowtrace.io",  # Avalanche C-Chain
        "tronscan.org",  # Tron
        "solscan.io",  # Solana
        "explorer.solana.com",  # Solana (the foundation's; solana.com itself is not an explorer)
        "mempool.space",  # Bitcoin
        "blockstream.info",  # Bitcoin
        "blockchair.com",  # many chains
        "xrpscan.com",  # XRP Ledger
        "tonviewer.com",  # TON
        "tonscan.org",  # TON
    }
)
