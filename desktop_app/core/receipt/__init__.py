"""The receipt (接收) on the archives side: verify a carrier, the receipt-stage checks, accept or
return, the paper it leaves, and the signed receipt carried back to the agency."""
