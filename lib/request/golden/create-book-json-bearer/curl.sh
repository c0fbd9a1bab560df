curl --request POST \
  --url 'https://api.bookshelf.example/v1/books' \
  --header 'Accept: application/json' \
  --header 'Content-Type: application/json' \
  --header 'Authorization: Bearer YOUR_TOKEN' \
  --data-raw '{
  "title": "The Adventure of the Dancing Men",
  "authorId": "au_004",
  "genre": "mystery",
  "tags": [
    "detective",
    "short-story"
  ],
  "publishedYear": 1903,
  "price": {
    "amount": 12.5,
    "currency": "GBP"
  },
  "format": {
    "type": "print",
    "binding": "hardcover",
    "pages": 48
  },
  "publisher": {
    "name": "Harbor Lane Press",
    "address": {
      "street": "221 Baker Street",
      "city": "London",
      "postalCode": "NW1 6XE",
      "country": "GB"
    }
  }
}'
